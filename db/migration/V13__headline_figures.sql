-- Headline figures an analyst would sign (issue 23): what a figure's rounding, currency and
-- reporter rest on, how its source's date was found, which agency's statistics a source relays,
-- example sources and withdrawals; then the corrections of the audit of the 136 seeded figures
-- (shared/docs/data-audit.md), each checked on its page. Earlier migrations are untouched;
-- replaced states are kept (superseded revisions of figures, resource_history for the rest).

-- ---- Sources ------------------------------------------------------------------------------------
DROP VIEW source_published;

-- The last day a source can have been published becomes a column of its own: a date inferred from
-- a page's content is a range (the earliest and the latest day the evidence allows), not always
-- the end of a day, month or year. By default it is still the end of the date's precision.
ALTER TABLE source DROP COLUMN published_by;
ALTER TABLE source ADD COLUMN published_by date;
UPDATE source SET published_by = precision_end(published_on, published_precision);
ALTER TABLE source ALTER COLUMN published_by SET NOT NULL;
ALTER TABLE source ADD CONSTRAINT source_published_by_not_before CHECK (published_by >= published_on);

CREATE FUNCTION source_published_by_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.published_by IS NULL THEN
        NEW.published_by := precision_end(NEW.published_on, NEW.published_precision);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER source_published_by_default BEFORE INSERT OR UPDATE ON source
    FOR EACH ROW EXECUTE FUNCTION source_published_by_default();

ALTER TABLE source
    -- how the publication date was found: shown on the page, or inferred (from its address or
    -- content, the description says how)
    ADD COLUMN published_basis text NOT NULL DEFAULT 'STATED'
        CONSTRAINT source_published_basis CHECK (published_basis IN ('STATED', 'INFERRED')),
    -- the statistics agency whose figures the page says it gives (e.g. GACC, NSC KGZ); null when it
    -- names none. A page relaying a named agency's figures is closer to the statistic than an
    -- official's words that name no release (docs/methodology.md, "the current figure")
    ADD COLUMN statistics_of text
        CONSTRAINT source_statistics_of_not_blank CHECK (btrim(statistics_of) <> ''),
    -- how the source writes its figures when it does not say: ROUNDED to the last digit (the
    -- default) or TRUNCATED (24.kg writes 13.78 as "13.7")
    ADD COLUMN figure_rounding text NOT NULL DEFAULT 'ROUNDED'
        CONSTRAINT source_figure_rounding CHECK (figure_rounding IN ('ROUNDED', 'TRUNCATED')),
    -- made-up figures (documentation, demonstrations): they count only when asked for by source=ID
    ADD COLUMN example boolean NOT NULL DEFAULT false,
    -- a source whose figures an editor withdrew (a mistaken load): they count in no answer until
    -- restored; the figures themselves are kept
    ADD COLUMN withdrawn_at timestamptz,
    ADD COLUMN withdrawn_by text,
    ADD COLUMN withdrawal_reason text,
    ADD COLUMN version bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT source_withdrawal_complete CHECK (
        (withdrawn_at IS NULL) = (withdrawn_by IS NULL)
        AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL)),
    ADD CONSTRAINT source_withdrawal_reason_not_blank CHECK (btrim(withdrawal_reason) <> '');

CREATE VIEW source_published AS
SELECT id, publisher, outlet, title, url, published_on, published_precision, published_by,
       authority, wording, published_basis, statistics_of, figure_rounding, example,
       withdrawn_at IS NOT NULL AS withdrawn,
       -- whether its figures count in answers that do not name it: not an example, not withdrawn
       NOT example AND withdrawn_at IS NULL AS counted
FROM source;

COMMENT ON VIEW source_published IS
    'The source module''s read contract for other features: a source as cited, with the last day it can have been published (published_by), the agency it relays, how it rounds, and whether its figures count (counted).';

-- ---- Figures ------------------------------------------------------------------------------------
ALTER TABLE trade_observation
    -- how this figure was written when it differs from its source's default: ROUNDED or TRUNCATED
    ADD COLUMN rounding text
        CONSTRAINT observation_rounding CHECK (rounding IN ('ROUNDED', 'TRUNCATED')),
    -- a figure published in another currency and converted to US dollars by someone: the value as
    -- published, its currency, the rate when stated (US dollars per unit) and who converted it
    ADD COLUMN original_value numeric
        CONSTRAINT observation_original_value_not_negative CHECK (original_value >= 0),
    ADD COLUMN original_currency text
        CONSTRAINT observation_original_currency CHECK (original_currency ~ '^[A-Z]{3}$' AND original_currency <> 'USD'),
    ADD COLUMN original_precision numeric
        CONSTRAINT observation_original_precision_not_negative CHECK (original_precision >= 0),
    ADD COLUMN usd_per_unit numeric
        CONSTRAINT observation_usd_rate_positive CHECK (usd_per_unit > 0),
    ADD COLUMN converted_by text
        CONSTRAINT observation_converted_by_not_blank CHECK (btrim(converted_by) <> ''),
    -- whether the page names the reporter whose statistics the figure is, or the reporter was
    -- inferred (from the figure's magnitude: China's figures are about four times Kyrgyzstan's)
    ADD COLUMN reporter_basis text NOT NULL DEFAULT 'STATED'
        CONSTRAINT observation_reporter_basis CHECK (reporter_basis IN ('STATED', 'INFERRED')),
    ADD CONSTRAINT observation_conversion_complete CHECK (
        (original_value IS NULL) = (original_currency IS NULL)
        AND (original_value IS NULL) = (converted_by IS NULL)
        AND (original_value IS NOT NULL OR (usd_per_unit IS NULL AND original_precision IS NULL)));

-- ---- Corridor facts: how a date was found, days a week, and disagreeing schedules ----------------
ALTER TABLE corridor_event
    ADD COLUMN date_basis text NOT NULL DEFAULT 'STATED'
        CONSTRAINT event_date_basis CHECK (date_basis IN ('STATED', 'INFERRED'));
ALTER TABLE project_milestone
    ADD COLUMN date_basis text NOT NULL DEFAULT 'STATED'
        CONSTRAINT milestone_date_basis CHECK (date_basis IN ('STATED', 'INFERRED'));

-- Several sources may describe one side's schedule from the same day; where they disagree the
-- answer shows both. Days a week, when the source says.
ALTER TABLE checkpoint_schedule DROP CONSTRAINT schedule_one_entry_per_side_and_day;
ALTER TABLE checkpoint_schedule
    ADD CONSTRAINT schedule_one_entry_per_side_day_and_source UNIQUE (checkpoint_code, side, effective_from, source_id),
    ADD COLUMN days_per_week integer
        CONSTRAINT schedule_days_in_week CHECK (days_per_week BETWEEN 0 AND 7);

-- ==== Data: the audit's corrections, each checked on its page (2026-12-05) =======================
ALTER TABLE resource_history DROP CONSTRAINT history_type;
ALTER TABLE resource_history ADD CONSTRAINT history_type
    CHECK (resource_type IN ('CHECKPOINT', 'PROJECT', 'EVENT', 'SOURCE', 'OBSERVATION'));

-- Sources whose fields below replace a value: their state before, as the API showed it.
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'SOURCE', s.id::text,
       (SELECT coalesce(max(h.version) + 1, 0) FROM resource_history h
        WHERE h.resource_type = 'SOURCE' AND h.resource_key = s.id::text),
       jsonb_build_object('id', s.id, 'publisher', s.publisher, 'outlet', s.outlet, 'title', s.title,
                          'url', s.url, 'publishedOn', s.published_on, 'publishedPrecision', s.published_precision,
                          'publishedBy', s.published_by, 'authority', s.authority, 'description', s.description,
                          'figureRounding', s.figure_rounding),
       'migration V13'
FROM source s WHERE s.id IN (4, 18, 22, 23, 24, 32, 33, 36, 47);

-- Which agency's statistics each source says it gives (its page names it; null: it names none).
UPDATE source SET statistics_of = 'GACC'
WHERE id IN (1, 3, 4, 6, 14, 17, 18, 20, 22, 24, 33, 38, 42, 45, 48);
UPDATE source SET statistics_of = 'NSC KGZ'
WHERE id IN (5, 7, 9, 10, 15, 25, 27, 29, 30, 32, 34, 35);
UPDATE source SET statistics_of = 'MOFCOM' WHERE id IN (13, 37, 43);
UPDATE source SET statistics_of = 'Government of the Kyrgyz Republic' WHERE id = 23;
UPDATE source SET statistics_of = 'Statistics of the Republic of Kazakhstan' WHERE id = 39;
UPDATE source SET statistics_of = 'Statistics of the Republic of Tajikistan' WHERE id = 46;

-- Row 118: "Trend reports via the Ministry of Investments and Foreign Trade of Uzbekistan": a
-- ministry states the figure (as for source 12, "the Cabinet of Ministers reported").
UPDATE source SET authority = 'OFFICIAL_STATEMENT',
    statistics_of = 'Ministry of Investments and Foreign Trade of Uzbekistan', version = version + 1
WHERE id = 47;

-- Rows 14–19 and 126: 24.kg writes China's figures cut after the first decimal, not rounded:
-- 13.78 as "13.7", 3.86 as "3.8", 10.65 as "10.6", 43.82 as "43.8", 94.82 as "94.8", 22.71 as
-- "22.7" (https://24.kg/english/317870_…, 2025-01-24, beside GACC's figures at
-- https://astanatimes.com/2025/01/kazakhstan-ranks-first-among-chinas-central-asian-trade-partners-in-2024/).
UPDATE source SET figure_rounding = 'TRUNCATED', version = version + 1,
    description = description || ' 24.kg writes these figures cut after the first decimal, not rounded (13.78 as 13.7, 3.86 as 3.8): each lies at or above its value and below the next tenth.'
WHERE id = 4;

-- How each date was found. Inferred: from the page's address, its content, or its place in the
-- outlet's numbering (each description says how).
UPDATE source SET published_basis = 'INFERRED'
WHERE id IN (3, 12, 13, 14, 15, 17, 18, 20, 21, 22, 23, 24, 28, 32, 33, 34, 36, 37, 39, 44, 45, 46, 48, 49);

-- Dates the pages' content narrows (earliest and latest day each can have been published):
-- the Eurasianet monitor headed "Nov. 24-30, 2025" (source 18) from 24 November 2025;
UPDATE source SET published_on = DATE '2025-11-24', published_precision = 'DAY', published_by = DATE '2025-12-31',
    version = version + 1,
    description = description || ' Its header dates it from 24 November 2025 at the earliest (to the end of 2025 at the latest).'
WHERE id = 18;
-- Eurasianet on January–July 2024 (sources 22, 23): not before August 2024, when those months' data existed;
UPDATE source SET published_on = DATE '2024-08-01', published_precision = 'DAY', published_by = DATE '2024-12-31',
    version = version + 1,
    description = description || ' It reports January–July 2024 customs data, so it dates from August 2024 at the earliest.'
WHERE id IN (22, 23);
-- Kazinform's report "on Jan. 23" retold by the Astana Times (source 24): 23–31 January 2025;
UPDATE source SET published_on = DATE '2025-01-23', published_precision = 'DAY', published_by = DATE '2025-01-31',
    version = version + 1,
    description = description || ' Its text says Kazinform reported on 23 January, and its address is of January 2025: 23–31 January 2025.'
WHERE id = 24;
-- Energy Today citing the NSC's release of 13 May 2024 (sources 32, 33): from that day;
UPDATE source SET published_on = DATE '2024-05-13', published_precision = 'DAY', published_by = DATE '2024-12-31',
    version = version + 1,
    description = description || ' It cites the release of 13 May 2024, so it dates from that day at the earliest.'
WHERE id IN (32, 33);
-- 24.kg 319141 (source 36): numbered after 24.kg's article 318885 of 4 February 2025 and before
-- 324124 of 27 March 2025 (https://24.kg/english/324124_Kuntuu-Shopokov-Bishkek_road_to_be_widened_and_paved/).
UPDATE source SET published_on = DATE '2025-02-04', published_precision = 'DAY', published_by = DATE '2025-03-27',
    version = version + 1,
    description = description || ' Its number in 24.kg''s sequence lies between article 318885 (4 February 2025) and 324124 (27 March 2025), so it was published between those days (about 6 February 2025 at 24.kg''s rate of about a hundred articles a day).'
WHERE id = 36;

-- New pages read for the figures and facts below.
INSERT INTO source (id, publisher, outlet, title, url, published_on, published_precision, published_by,
                    published_basis, authority, statistics_of, description, wording) VALUES
(55, 'Zhang Xiao, Chinese ambassador to Kazakhstan (as reported)',
    'bne IntelliNews (Eurasianet)',
    'China eclipses Russia as Central Asia''s top trade partner in 2023',
    'https://intellinews.com/china-eclipses-russia-as-central-asia-s-top-trade-partner-in-2023-306080',
    DATE '2023-12-01', 'DAY', DATE '2024-02-27', 'INFERRED', 'OFFICIAL_STATEMENT', NULL,
    'China''s figure for its trade with Kazakhstan in January–October 2023, as China''s envoy gave it. The page shows no date; it cites Uzbek statistics for the first 11 months of 2023 (so December 2023 at the earliest) and is numbered before bne IntelliNews 314411 of 27 February 2024.',
    'Chinese figures for bilateral trade differ markedly from Kazakhstan''s. According to Beijing''s envoy to Kazakhstan, Zhang Xiao, bilateral trade turnover for the first 10 months of 2023 amounted to $32.7bn, marking a 28.5% increase in the value of trade over the same period of the previous year.'),
(56, 'Kazakh media (as reported; no agency named)',
    'bne IntelliNews (Eurasianet)',
    'China eclipses Russia as Central Asia''s top trade partner in 2023',
    'https://intellinews.com/china-eclipses-russia-as-central-asia-s-top-trade-partner-in-2023-306080',
    DATE '2023-12-01', 'DAY', DATE '2024-02-27', 'INFERRED', 'PRESS', NULL,
    'Kazakhstan''s side of the same January–October 2023 trade, on the same page (dated as that page).',
    'Kazakh media report that the figure for the period was $24.3bn.'),
(57, 'Xinhua (as reported)',
    'Shanghai Daily',
    'Xi lauds China''s historic Kyrgyzstan ties',
    'https://www.shine.cn/archive/nation/Xi-lauds-Chinas-historic-Kyrgyzstan-ties/shdaily.shtml',
    DATE '2018-06-07', 'DAY', NULL, 'STATED', 'PRESS', NULL,
    'Talks of President Xi Jinping and President Sooronbay Jeenbekov in Beijing on 6 June 2018 ("yesterday" on the page of 7 June).',
    'CHINA and Kyrgyzstan yesterday agreed to establish a comprehensive strategic partnership.'),
(58, 'Xinhua (as reported)',
    'People''s Daily Online',
    'Chinese, Kyrgyz presidents hold talks, elevate bilateral relationship',
    'http://en.people.cn/n3/2023/0518/c90000-20020450.html',
    DATE '2023-05-18', 'DAY', NULL, 'STATED', 'PRESS', NULL,
    'Talks of President Xi Jinping and President Sadyr Japarov in Xi''an on 18 May 2023, at the China–Central Asia summit.',
    'Chinese President Xi Jinping on Thursday held talks with visiting Kyrgyz President Sadyr Japarov in Xi''an, northwest China''s Shaanxi Province, where the two presidents announced the elevation of the bilateral relationship to a comprehensive strategic partnership for a new era.'),
(59, 'Cabinet of Ministers of the Kyrgyz Republic (as reported)',
    '24.kg',
    'Kyrgyzstan and China plan to open Bedel checkpoint and new highway',
    'https://24.kg/english/288072_Kyrgyzstan_and_China_plan_to_open_Bedel_checkpoint_and_new_highway/',
    DATE '2024-03-01', 'DAY', NULL, 'STATED', 'OFFICIAL_STATEMENT', NULL,
    'The Chairman of the Cabinet of Ministers Akylbek Japarov in Xinjiang on 1 March 2024, on the schedule of Irkeshtam and Torugart that day.',
    'He told that the checkpoints are currently operating on a 7-day, 14-hour work schedule and, together with China, they are aiming to switch to round the clock service.');

SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source));

-- ---- Figures: metadata corrections in place (values unchanged), the replaced state kept ----------
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'OBSERVATION', o.id::text, 0,
       jsonb_build_object('id', o.id, 'reporter', o.reporter, 'partner', o.partner, 'flow', o.flow,
                          'firstMonth', o.first_month, 'lastMonth', o.last_month, 'valueUsd', o.value_usd,
                          'precisionUsd', o.precision_usd, 'qualifier', o.qualifier,
                          'statedChangePercent', o.stated_change_percent, 'quote', o.quote, 'sourceId', o.source_id),
       'migration V13'
FROM trade_observation o
WHERE o.superseded_at IS NULL AND o.commodity = 'TOTAL' AND (
       (o.source_id = 10 AND o.flow = 'TURNOVER' AND o.first_month = DATE '2018-01-01' AND o.last_month = DATE '2018-12-01')
    OR (o.source_id = 3 AND o.partner = 'KGZ' AND o.first_month = DATE '2023-01-01' AND o.last_month = DATE '2023-12-01')
    OR (o.source_id = 4 AND o.partner = 'KGZ' AND o.first_month = DATE '2024-01-01' AND o.last_month = DATE '2024-12-01')
    OR (o.source_id = 8 AND o.flow = 'TURNOVER' AND o.first_month = DATE '2024-01-01' AND o.last_month = DATE '2024-12-01')
    OR (o.source_id = 9 AND o.first_month = DATE '2023-01-01' AND o.last_month = DATE '2023-08-01')
    OR o.source_id = 48);

-- Row 20: "more than $ 2 billion" is written to the billion: [2, 3] billion, not [2.0, 2.1].
UPDATE trade_observation SET precision_usd = 1000000000
WHERE source_id = 10 AND flow = 'TURNOVER' AND first_month = DATE '2018-01-01' AND superseded_at IS NULL;

-- Rows 125, 126, 132, 134: the sentence that states the value, not only its change.
UPDATE trade_observation SET quote = 'Kyrgyzstan recorded a substantial 28.8 percent increase in trade turnover with China, amounting to $19.8 billion.'
WHERE source_id = 3 AND partner = 'KGZ' AND first_month = DATE '2023-01-01' AND last_month = DATE '2023-12-01' AND superseded_at IS NULL;
UPDATE trade_observation SET quote = 'Kyrgyzstan took second place with $22.7 billion (24 percent).'
WHERE source_id = 4 AND partner = 'KGZ' AND first_month = DATE '2024-01-01' AND last_month = DATE '2024-12-01' AND superseded_at IS NULL;
UPDATE trade_observation SET quote = 'According to the minister, trade turnover between the two countries reached $5.3 billion in 2024, having increased by 44.7 percent.'
WHERE source_id = 8 AND flow = 'TURNOVER' AND first_month = DATE '2024-01-01' AND last_month = DATE '2024-12-01' AND superseded_at IS NULL;
UPDATE trade_observation SET quote = 'China emerged as Kyrgyzstan''s primary trading partner during the period from January through August 2023, with a total trade turnover of $3.176 billion. Data from the National Statistical Committee of Kyrgyzstan indicates that this figure increased by 21.4 percent year-on-year.'
WHERE source_id = 9 AND first_month = DATE '2023-01-01' AND last_month = DATE '2023-08-01' AND superseded_at IS NULL;

-- Rows 119, 120: Yicai converted GACC's yuan figures ("CNY286.4 billion (USD39.8 billion)",
-- "CNY674.1 billion (USD93.8 billion)"); it states no rate. The US dollar values stay as Yicai
-- printed them, marked as its conversions; the stated +10.4 % is a change in yuan.
UPDATE trade_observation SET original_value = 286400000000, original_currency = 'CNY',
    original_precision = 100000000, converted_by = 'Yicai Global'
WHERE source_id = 48 AND first_month = DATE '2025-01-01' AND last_month = DATE '2025-05-01' AND superseded_at IS NULL;
UPDATE trade_observation SET original_value = 674100000000, original_currency = 'CNY',
    original_precision = 100000000, converted_by = 'Yicai Global'
WHERE source_id = 48 AND first_month = DATE '2024-01-01' AND last_month = DATE '2024-12-01' AND superseded_at IS NULL;

-- Rows 21, 51, 60, 74: the page names no reporter; China's (rows 21, 51, 60) or Kyrgyzstan's
-- (row 74) was inferred from the figure's magnitude.
UPDATE trade_observation SET reporter_basis = 'INFERRED'
WHERE superseded_at IS NULL AND commodity = 'TOTAL' AND (
       (source_id = 12 AND reporter = 'CHN' AND partner = 'KGZ' AND first_month = DATE '2023-01-01')
    OR (source_id = 19 AND reporter = 'CHN' AND partner = 'KGZ' AND first_month = DATE '2024-01-01' AND last_month = DATE '2024-12-01')
    OR (source_id = 21 AND reporter = 'CHN' AND partner = 'KGZ')
    OR (source_id = 28 AND reporter = 'KGZ' AND partner = 'CHN'));

-- ---- Figures the cited pages give and the seed missed --------------------------------------------
-- China–Kyrgyzstan, first half of 2023 (the page of source 42, which gave the other four countries).
INSERT INTO trade_observation (reporter, partner, flow, period_kind, first_month, last_month, value_usd,
                               precision_usd, stated_change_percent, source_id, quote, loaded_by) VALUES
('CHN', 'KGZ', 'TURNOVER', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 7920000000, 10000000, 27.6, 42,
    'Kyrgyzstan: turnover increased by 27.6 percent to $7.92 billion; exports to the KyrgyzRepublic totalled $7.89 billion, imports $26 million.', 'migration V13'),
('CHN', 'KGZ', 'EXPORT', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 7890000000, 10000000, NULL, 42,
    'exports to the KyrgyzRepublic totalled $7.89 billion', 'migration V13'),
('CHN', 'KGZ', 'IMPORT', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 26000000, 1000000, NULL, 42,
    'imports $26 million', 'migration V13'),
-- China–Kazakhstan, January–October 2023: China's envoy and the Kazakh side (bne IntelliNews 306080).
('CHN', 'KAZ', 'TURNOVER', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-10-01', 32700000000, 100000000, 28.5, 55,
    'bilateral trade turnover for the first 10 months of 2023 amounted to $32.7bn, marking a 28.5% increase in the value of trade over the same period of the previous year', 'migration V13'),
('KAZ', 'CHN', 'TURNOVER', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-10-01', 24300000000, 100000000, NULL, 56,
    'Kazakh media report that the figure for the period was $24.3bn.', 'migration V13');

-- ---- Corridor facts --------------------------------------------------------------------------------
-- The comprehensive strategic partnership dates from 6 June 2018; Xi'an (18 May 2023) raised it to
-- one "for a new era".
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'EVENT', e.id::text, e.version,
       jsonb_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'date', e.occurred_on,
                          'datePrecision', e.date_precision, 'certainty', e.certainty,
                          'source', jsonb_build_object('id', e.source_id), 'quote', e.quote,
                          'version', e.version, 'updatedAt', e.updated_at, 'updatedBy', e.updated_by),
       'migration V13'
FROM corridor_event e WHERE e.id = 1;

UPDATE corridor_event SET
    title = 'Relations raised to a comprehensive strategic partnership for a new era (Xi''an, China–Central Asia summit)',
    occurred_on = DATE '2023-05-18', date_precision = 'DAY', source_id = 58,
    quote = 'the two presidents announced the elevation of the bilateral relationship to a comprehensive strategic partnership for a new era',
    version = version + 1, updated_at = now(), updated_by = 'migration V13'
WHERE id = 1;

INSERT INTO corridor_event (id, kind, title, occurred_on, date_precision, certainty, source_id, quote, created_by, updated_by) VALUES
(9, 'RELATIONS', 'China and Kyrgyzstan agree to establish a comprehensive strategic partnership (Beijing)',
    DATE '2018-06-06', 'DAY', 'OCCURRED', 57,
    'CHINA and Kyrgyzstan yesterday agreed to establish a comprehensive strategic partnership.',
    'migration V13', 'migration V13');
SELECT setval(pg_get_serial_sequence('corridor_event', 'id'), (SELECT max(id) FROM corridor_event));
INSERT INTO corridor_event_country (event_id, country_code) VALUES (9, 'KGZ'), (9, 'CHN');

-- Bedel's opening day is inferred: from the president's remarks reported on 4 September 2024
-- (Xinhua: "on Tuesday"), not from a dated ceremony.
UPDATE corridor_event SET date_basis = 'INFERRED' WHERE id = 7;

-- Torugart and Irkeshtam on 1 March 2024: the interview's "24-hour work mode" on the Kyrgyz side
-- against the Cabinet's "7-day, 14-hour work schedule" the same day, round the clock being an aim.
-- Both kept; the schedule answer shows the disagreement. Days a week where the source says.
INSERT INTO checkpoint_schedule (checkpoint_code, side, hours_per_day, days_per_week, effective_from, source_id, quote, created_by)
SELECT c.code, side.code, 14, 7, DATE '2024-03-01', 59,
       'He told that the checkpoints are currently operating on a 7-day, 14-hour work schedule and, together with China, they are aiming to switch to round the clock service.',
       'migration V13'
FROM checkpoint c CROSS JOIN (VALUES ('KGZ'), ('CHN')) AS side (code)
WHERE c.code IN ('torugart', 'irkeshtam');

-- The organic-export protocols: four were signed with China's customs in February 2025 (inferred:
-- source 36); four more were still to be signed in July 2025 (source 8).
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'PROJECT', p.code, p.version,
       jsonb_build_object('code', p.code, 'name', p.name, 'type', p.type, 'status', p.status,
                          'statusQuote', p.status_quote, 'statusSource', jsonb_build_object('id', p.status_source_id),
                          'milestones', (SELECT jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title,
                                                'date', m.occurred_on, 'datePrecision', m.date_precision,
                                                'sourceId', m.source_id, 'quote', m.quote) ORDER BY m.occurred_on)
                                         FROM project_milestone m WHERE m.project_code = p.code),
                          'version', p.version, 'updatedAt', p.updated_at, 'updatedBy', p.updated_by),
       'migration V13'
FROM project p WHERE p.code = 'kyrgyz-organic-exports-protocols';

UPDATE project SET status_source_id = 8,
    status_quote = 'Kyrgyzstan is interested in increasing exports of its own products to the Chinese market and plans to sign four new protocols for export of: Dried fruits, Cattle and small cattle skins, Heat-treated meat, Feed products.',
    version = version + 1, updated_at = now(), updated_by = 'migration V13'
WHERE code = 'kyrgyz-organic-exports-protocols';

INSERT INTO project_milestone (project_code, title, occurred_on, date_precision, date_basis, source_id, quote, created_by) VALUES
('kyrgyz-organic-exports-protocols', 'Protocols signed with China''s customs for exports of beans, wool, cashmere, poultry meat and by-products',
    DATE '2025-02-01', 'MONTH', 'INFERRED', 36,
    'At a meeting with the head of the Customs Administration of the People''s Republic of China, Ms. Sun Meijun, Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan Bakyt Torobaev signed protocols on the export of Kyrgyz goods to China.',
    'migration V13');

-- Sources 1 and 2 had one state replaced by V9 (kept as version 0 in resource_history).
UPDATE source SET version = 1 WHERE id IN (1, 2);
