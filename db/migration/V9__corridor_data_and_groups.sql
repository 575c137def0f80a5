-- The corridor's real data. Corrections as data (the replaced states kept in resource_history),
-- every verified figure of shared/docs/data-sources.md and data-research.md with its source, and
-- country groups: Central Asia (C5) as a partner of China.

-- ---- Groups of countries as partners -------------------------------------------------------------
-- A partner is a country or a group. Reporters stay countries: a group does not report.
CREATE TABLE trade_partner (
    code text PRIMARY KEY CONSTRAINT trade_partner_code CHECK (code ~ '^[A-Z][A-Z0-9]{1,2}$')
);
INSERT INTO trade_partner (code) SELECT code FROM country;
ALTER TABLE country ADD CONSTRAINT country_is_trade_partner FOREIGN KEY (code) REFERENCES trade_partner (code);

CREATE TABLE country_group (
    code text PRIMARY KEY REFERENCES trade_partner (code),
    name text NOT NULL CONSTRAINT group_name_not_blank CHECK (btrim(name) <> ''),
    description text NOT NULL CONSTRAINT group_description_not_blank CHECK (btrim(description) <> '')
);

CREATE TABLE country_group_member (
    group_code text NOT NULL REFERENCES country_group (code),
    country_code text NOT NULL REFERENCES country (code)
        CONSTRAINT group_member_not_world CHECK (country_code <> 'WLD'),
    PRIMARY KEY (group_code, country_code)
);

INSERT INTO trade_partner (code) VALUES ('C5');
INSERT INTO country_group (code, name, description) VALUES
('C5', 'Central Asia', 'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. A figure reported for the '
    || 'group is used as reported; otherwise its total is the sum of its members'' totals.'),
('WLD', 'World', 'A reporter''s trade with all partners, as the reporter reports it. Never summed from countries.');
INSERT INTO country_group_member (group_code, country_code) VALUES
('C5', 'KAZ'), ('C5', 'KGZ'), ('C5', 'TJK'), ('C5', 'TKM'), ('C5', 'UZB');

ALTER TABLE trade_observation DROP CONSTRAINT trade_observation_partner_fkey;
ALTER TABLE trade_observation ADD CONSTRAINT observation_partner_known
    FOREIGN KEY (partner) REFERENCES trade_partner (code);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['trade_partner', 'country_group', 'country_group_member']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t || '_bumps_data_version', t);
    END LOOP;
END $$;

-- ---- A checkpoint or route opening is an event of the timeline; sources keep a history too --------
ALTER TABLE corridor_event DROP CONSTRAINT event_kind;
ALTER TABLE corridor_event ADD CONSTRAINT event_kind CHECK (kind IN (
    'RELATIONS', 'STATE_VISIT', 'SUMMIT', 'AGREEMENT', 'PROPOSAL', 'ANNOUNCEMENT', 'OPENING'));
ALTER TABLE resource_history DROP CONSTRAINT history_type;
ALTER TABLE resource_history ADD CONSTRAINT history_type
    CHECK (resource_type IN ('CHECKPOINT', 'PROJECT', 'EVENT', 'SOURCE'));

-- ---- Sources 1 and 2: the interview is published word for word at 24.kg -------------------------
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'SOURCE', s.id::text, 0,
       jsonb_build_object('id', s.id, 'publisher', s.publisher, 'outlet', s.outlet, 'title', s.title,
                          'url', s.url, 'publishedOn', s.published_on, 'publishedPrecision', s.published_precision,
                          'description', s.description),
       'migration V9'
FROM source s WHERE s.id IN (1, 2);

UPDATE source SET
    outlet = '24.kg',
    url = 'https://24.kg/english/318885_Sadyr_Japarov_China_is_a_key_trade_and_strategic_partner/',
    description = description || ' Read at 24.kg, which publishes the interview word for word (GACC → Xinhua '
        || 'interview → the president''s website → 24.kg).'
WHERE id IN (1, 2);

-- ---- The seed's figures: their words where their sources have them (none were recorded) -----------
UPDATE trade_observation o SET quote = w.quote
FROM (VALUES
    ('KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-11-01', 5::bigint,
     'for 11 months of 2024, the volume of foreign and mutual trade between Kyrgyzstan and China amounted to $5.1 billion'),
    ('CHN', 'TURNOVER', DATE '2024-01-01', DATE '2024-03-01', 6,
     'Trade turnover between Kyrgyzstan and China in the first quarter of 2024 totalled $4.82bn'),
    ('KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-03-01', 7,
     'The Kyrgyz National Statistics Committee reported 1Q24 turnover with China ... as totalling $1.63bn'),
    ('KGZ', 'EXPORT', DATE '2024-01-01', DATE '2024-03-01', 7, 'with Kyrgyz exports standing at $18.8mn'),
    ('KGZ', 'EXPORT', DATE '2024-01-01', DATE '2024-12-01', 8,
     'Exports from Kyrgyzstan increased to $2.04 billion, which is 93 times higher than in the same period in 2023.'),
    ('KGZ', 'IMPORT', DATE '2018-01-01', DATE '2018-12-01', 10, '$ 1.9 billion accounted for imports'),
    ('KGZ', 'EXPORT', DATE '2018-01-01', DATE '2018-12-01', 10, '$ 61.2 million for exports')
) AS w (reporter, flow, first_month, last_month, source_id, quote)
WHERE o.reporter = w.reporter AND o.flow = w.flow AND o.first_month = w.first_month
  AND o.last_month = w.last_month AND o.source_id = w.source_id AND o.quote IS NULL;

UPDATE source SET
    wording = 'The volume of trade between China and Kyrgyzstan amounted to more than $ 2 billion in 2018, said '
        || 'the head of the department of statistics and trade of the National Statistics Committee Venera '
        || 'Mambetaliyeva at a press conference on February 12. She noted that of these, $ 1.9 billion accounted '
        || 'for imports, and $ 61.2 million for exports. She added that the volume of imports increased by 30 '
        || 'percent, exports decreased by 38 percent compared to 2017.',
    description = 'The head of the statistics and trade department of Kyrgyzstan''s National Statistical '
        || 'Committee at a press conference on 12 February 2019, on 2018 trade with China (imports, exports, and '
        || 'a total of "more than $ 2 billion").'
WHERE id = 10 AND wording IS NULL;

-- New sources: each page a figure below was read on (shared/docs/data-sources.md §3 and
-- shared/docs/data-research.md), with who states it (authority). Where a page shows no date, the
-- date is the most precise its address or its content supports, and the description says so.
INSERT INTO source (id, publisher, outlet, title, url, published_on, published_precision, authority, description, wording) VALUES
(12, 'Cabinet of Ministers of the Kyrgyz Republic (as reported)',
    'Daryo',
    'Kyrgyzstan-China trade hits $19.8bn in 2023',
    'https://daryo.uz/en/2024/05/19/kyrgyzstan-china-trade-hits-198bn-in-2023',
    DATE '2024-05-19', 'DAY', 'OFFICIAL_STATEMENT',
    'The Kyrgyz Cabinet of Ministers reporting China''s 2023 figure for trade with Kyrgyzstan. The page shows no date; the date is the one in its address.',
    'The mutual trade turnover between Kyrgyzstan and China has seen substantial growth, reaching $19.8bn by the end of 2023—a 30% increase from the previous year, the Cabinet of Ministers reported.'),
(13, 'Ministry of Commerce of the People''s Republic of China (as reported)',
    'China Daily (copy at aolaikelin.cn)',
    'Nation to further expand investment, trade with Central Asian neighbors',
    'http://aolaikelin.cn/a/201906/13/WS5d01a5d4a310176577230eb9.html',
    DATE '2019-06-13', 'DAY', 'OFFICIAL_STATEMENT',
    'China''s Ministry of Commerce on 2018 trade with Kyrgyzstan and Tajikistan. The page shows no date; the date is the one in its address.',
    'China-Kyrgyzstan trade grew in 2018 by 3 percent year-on-year to $5.61 billion and China-Tajikistan trade by 9.78 percent year-on-year to $1.5 billion, the Ministry of Commerce said.'),
(14, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'TheWorldNews (retelling Eurasianet)',
    'Данные по торговле Китая и Центральной Азии разнятся. Это может быть коррупция',
    'https://theworldnews.net/kg-news/dannye-po-nbsp-torgovle-kitaia-i-nbsp-tsentral-noi-azii-razniatsia-eto-mozhet-byt-korruptsiia',
    DATE '2023-01-01', 'YEAR', 'PRESS',
    'China''s customs figures for 2022 trade with Kyrgyzstan, retold in Russian from Eurasianet. The page shows no date and its address none; it reports the results of ''last year'' 2022, so it is dated to 2023. Its ''+5 percent'' growth does not fit China''s 2023 figures and is not recorded.',
    'Главное таможенное управление Китая заявило, что по итогам прошлого года КР нарастила торговлю с КНР на 5 процентов — до $15,5 миллиарда. При этом экспорт из Китая в Кыргызстан составил $15,42 миллиарда, а импорт в КНР из КР — $81,66 миллиона.'),
(15, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'TheWorldNews (retelling Eurasianet)',
    'Данные по торговле Китая и Центральной Азии разнятся. Это может быть коррупция',
    'https://theworldnews.net/kg-news/dannye-po-nbsp-torgovle-kitaia-i-nbsp-tsentral-noi-azii-razniatsia-eto-mozhet-byt-korruptsiia',
    DATE '2023-01-01', 'YEAR', 'PRESS',
    'Kyrgyzstan''s statistics for its trade with the world in January–November 2022, on the same page. Dated to 2023 as that page (no date shown).',
    'По данным Нацстаткома, общий внешнеторговый оборот страны составил всего $10,57 миллиарда.'),
(16, 'Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic, citing China''s figures (as reported)',
    'Manas News (Kabar)',
    'Объем товарооборота Кыргызстана и Китая за январь-июль 2024 года достиг почти 11 млрд',
    'https://manas.news/economy/obem-tovarooborota-kyrgyzstana-i-kitaja-za-janvar-ijul-2024-goda-dostig-pochti-11-mlrd-6',
    DATE '2024-09-18', 'DAY', 'OFFICIAL_STATEMENT',
    'Deputy Chairman Bakyt Torobaev at the 16th Kyrgyz-Chinese intergovernmental commission, citing the Chinese side''s figures (dateline 18.09.24).',
    'по данным китайской стороны, в 2023 году объем торгового оборота составил 20 млрд долларов, по сравнению с 2022 годом рост составил 32%, а за январь-июль текущего года объем торгового оборота достиг почти 11 млрд долларов.'),
(17, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'The Caspian Post (via Eurasianet)',
    'China''s Trade Grip on Central Asia Grows—But Data Raise Questions',
    'https://caspianpost.com/analytics/china-s-trade-grip-on-central-asia-grows-but-data-raise-questions',
    DATE '2026-01-01', 'YEAR', 'PRESS',
    'Eurasianet''s reading of China''s customs figures for 2025 with each Central Asian country. The page shows no date and its address none; it reports the whole of 2025, so it is dated to 2026.',
    'China solidified its position in 2025 as Central Asia''s top trade partner, with overall turnover topping $106.3 billion, a 12 percent increase over the previous year''s total.'),
(18, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'bne IntelliNews (Eurasianet China-Central Asia Monitor)',
    'China''s trade surplus with Central Asia grows in 2025',
    'https://www.intellinews.com/china-s-trade-surplus-with-central-asia-grows-in-2025-415366',
    DATE '2025-01-01', 'YEAR', 'PRESS',
    'China''s customs figures for the first ten months of 2024 and 2025 with each Central Asian country. The page shows only the header ''Nov. 24-30, 2025'', so it is dated to 2025. The same text is at https://tgdaymessage.com/?p=25160.',
    'Trade turnover with Kyrgyzstan saw the largest spike, rising from $17.4bn to $23.6bn.'),
(19, 'Zhou Haibin, Chinese official (as reported)',
    'Kazinform',
    'Trade turnover between Kyrgyzstan and China reach $11.5 bln in first 5 months of this year',
    'https://qazinform.com/news/trade-turnover-between-kyrgyzstan-and-china-reach-115-bln-in-first-5-months-of-this-year-9a5084',
    DATE '2025-07-11', 'DAY', 'OFFICIAL_STATEMENT',
    'A Chinese official, meeting Deputy Chairman Bakyt Torobaev in Beijing, on 2024 and January–May 2025 trade (the title is as the page''s address gives it).',
    'trade turnover between the two countries last year amounted to 23 billion US dollars, and in the first five months of this year it has already reached 11.5 billion dollars, which is 48% more than in the same period last year.'),
(20, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Caliber.Az (citing Uzbek media)',
    'China''s trade dominance in Central Asia hits new heights',
    'https://caliber.az/en/post/china-s-trade-dominance-in-central-asia-hits-new-heights',
    DATE '2026-01-01', 'YEAR', 'PRESS',
    'China''s 2021 and 2025 trade with Central Asia and each country. The page shows no date and its address none; it reports the whole of 2025, so it is dated to 2026. The same figures are at https://caspianpost.com/economics/what-s-driving-china-s-trade-boom-with-central-asia.',
    'According to China''s General Administration of Customs, Kazakhstan was the most active partner in 2025, recording a trade volume of over $48.6 billion. Kyrgyzstan followed at roughly $27.2 billion, while Uzbekistan and Turkmenistan reached $16.2 billion and $10 billion, respectively. Tajikistan ranked fifth at $4.3 billion.'),
(21, 'Gazeta.kg (expert article; no source named for the figure)',
    'Gazeta.kg',
    'Expert: trade turnover between the Kyrgyz Republic and China may exceed $45 billion',
    'https://gazeta.kg/en/policy/171288-jekspert-tovarooborot-mezhdu-kr-i-knr-mozhet-prevysit-45-mlrd.html',
    DATE '2026-01-01', 'YEAR', 'PRESS',
    'An interview with an economist on Kyrgyz-Chinese trade; the 2025 figure is the outlet''s own, with no source named. The title is as the page''s address gives it. The page shows no date; it speaks of 2025 as ended and of the SCO summit of August 2026 as coming, so it is dated to 2026.',
    'By the end of 2025, the trade turnover between Kyrgyzstan and China had already reached a record level of $27.2 billion, which is 20% more than the previous year.'),
(22, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Eurasianet',
    'Kyrgyzstan coming increasingly under China''s economic thumb',
    'https://eurasianet.org/kyrgyzstan-coming-increasingly-under-chinas-economic-thumb',
    DATE '2024-01-01', 'YEAR', 'PRESS',
    'China''s customs figures for January–July 2024 trade with Kyrgyzstan. The page shows no date; it reports January–July 2024 and debt as of 30 June, so it is dated to 2024.',
    'Statistics compiled by China''s General Administration of Customs show that bilateral trade turnover during the January-July period of 2024 amounted to $10.95 billion, marking a roughly 12 percent increase in trade volume during the same period the previous year. Alarmingly from Bishkek''s viewpoint, Kyrgyzstan''s exports to China accounted for a mere $226 million of that total'),
(23, 'Government of the Kyrgyz Republic (as reported)',
    'Eurasianet',
    'Kyrgyzstan coming increasingly under China''s economic thumb',
    'https://eurasianet.org/kyrgyzstan-coming-increasingly-under-chinas-economic-thumb',
    DATE '2024-01-01', 'YEAR', 'PRESS',
    'Kyrgyz government data for the first half of 2024, on the same page (dated to 2024 as that page).',
    'Data released by the Kyrgyz government covering the first six months of 2024 pegged Kyrgyz-Chinese trade turnover at $3.18 billion.'),
(24, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'The Astana Times (Kazinform)',
    'Kazakhstan ranks first among China''s Central Asian trade partners in 2024',
    'https://astanatimes.com/2025/01/kazakhstan-ranks-first-among-chinas-central-asian-trade-partners-in-2024/',
    DATE '2025-01-01', 'MONTH', 'PRESS',
    'China''s customs figures for 2024 with each Central Asian country and the region, as Kazinform reported them on 23 January 2025. The day of the page is not shown in its address, so it is dated to January 2025. The five countries sum to the region''s total with 22.71 for Kyrgyzstan (the seed''s interview has 22.071).',
    'Kazakhstan ranked first among China''s trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion, Kazinform reported on Jan. 23, citing the Chinese General Administration of Customs. The Kyrgyz Republic followed with $22.71 billion, Uzbekistan ranked third with $13.78 billion, Turkmenistan placed fourth with $10.65 billion, and Tajikistan came fifth with $3.86 billion. China''s overall trade with Central Asia totaled $94.82 billion in 2024, up from $89.4 billion in 2023.'),
(25, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'Trend News Agency',
    'Trend News Agency report of 17 March 2025 (en.trend.az/casia/kyrgyzstan/4019299)',
    'https://en.trend.az/casia/kyrgyzstan/4019299.html',
    DATE '2025-03-17', 'DAY', 'PRESS',
    'Kyrgyzstan''s statistics for 2024 trade with China, in a report on the Kyrgyz-Chinese goal of $45 billion by 2030. It disagrees with the Deputy Chairman''s 5.3 billion (+44.7 %).',
    'The metrics derived from the National Statistics Committee of Kyrgyzstan indicate that the bilateral trade turnover between the two nations ascended to $5.5 billion in 2024, signifying a growth trajectory of 2.6 percent relative to the preceding year'),
(26, 'Kyrgyzstan''s official data (as reported by Xinhua)',
    'China.org.cn (China Gate)',
    'Backgrounder: Key facts about China-Kyrgyzstan relations',
    'http://en.chinagate.cn/2016-11/02/content_39622369.htm',
    DATE '2016-11-02', 'DAY', 'PRESS',
    'Xinhua''s backgrounder for the Chinese premier''s visit to Kyrgyzstan, citing Kyrgyzstan''s official data for the first half of 2016.',
    'According to Kyrgyzstan''s official data, trade exchange between the two nations in the first half of 2016 reached 672 million U.S. dollars, up 60 percent year-on-year.'),
(27, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'english.gov.cn',
    'Premier Li''s visit to Kyrgyzstan to further promote bilateral trade',
    'http://english.www.gov.cn/premier/news/2016/11/02/content_281475481232780.htm',
    DATE '2016-11-02', 'DAY', 'PRESS',
    'The Chinese government''s website, citing Kyrgyzstan''s statistics for January–August 2016 (updated Nov 2, 2016 7:48 PM).',
    'According to statistics from the National Statistical Commission of Kyrgyzstan, trade volume between the two countries reached $993 million from January to August in 2016, up by 70 percent year on year.'),
(28, 'Kaktus.media (press; no source named for the figure)',
    'Kaktus.media',
    'Садыр Жапаров мамлекеттик сапар менен Кытайга барат',
    'https://allnews.kaktus.media/doc/11066_sadyr_japarov_mamlekettik_sapar_menen_kytayga_barat.html',
    DATE '2023-03-23', 'DAY', 'PRESS',
    'A Kyrgyz-language report of the Chinese ambassador''s press conference of 23 March on the president''s coming state visit; the figure is the outlet''s own note, with no source named. The page shows the day and month; the China–Central Asia summit it announces (May 2023) gives the year.',
    'Белгилей кетсек, 2022-жылдын 11 айында эки өлкөнүн соода жүгүртүүсү 3 млрд. 678 млн. долларды түзгөн.'),
(29, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'Trend News Agency',
    'Trend News Agency report of 29 October 2023 (en.trend.az/casia/kyrgyzstan/3818338)',
    'https://en.trend.az/casia/kyrgyzstan/3818338.html',
    DATE '2023-10-29', 'DAY', 'PRESS',
    'Kyrgyzstan''s trade with the world in January–August 2023.',
    'Overall, the country''s foreign trade turnover amounted to $9.407 billion from January through August 2023, which is an increase of 27.3 percent ... Exports amounted to $1.85 billion ... Imports reached $7.556 billion'),
(30, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'MENAFN (AzerNews)',
    'Trade Between Kyrgyzstan And SPECA Nations Sees Significant Growth',
    'https://menafn.com/1108175781/Trade-Between-Kyrgyzstan-And-SPECA-Nations-Sees-Significant-Growth',
    DATE '2024-05-05', 'DAY', 'PRESS',
    'Kyrgyzstan''s trade with the world in 2023 (also at https://www.azernews.az/region/225583.html, which shows no date; the MENAFN copy is dated 2024-05-05).',
    'According to the State Statistical Committee of Kyrgyzstan, the country''s foreign trade turnover reached $15.660 billion in 2023'),
(31, 'Kyrgyzstan''s statistics (as reported by Xinhua)',
    'bne IntelliNews',
    'Kyrgyzstan: where are all the autos going?',
    'https://www.intellinews.com/kyrgyzstan-where-are-all-the-autos-going-314411/',
    DATE '2024-02-27', 'DAY', 'PRESS',
    'Kyrgyzstan''s 2023 trade with the world, citing Xinhua (the title is as the page''s address gives it).',
    'Overall trade turnover rose by 30% in 2023, compared with the previous year''s total, amounting to $15.7bn, according to the official Chinese Xinhua news agency. However, imports outpaced exports in 2023 by almost four times, with goods and services totalling $12.4bn being purchased and $3.3bn being sold.'),
(32, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'Energy Today',
    'Russia Loses Ground to China in Central Asian Trade',
    'https://en.energytoday.ir/russia-loses-ground-to-china-in-central-asian-trade',
    DATE '2024-01-01', 'YEAR', 'PRESS',
    'Kyrgyzstan''s first-quarter 2024 trade with the world. The page shows no date; it cites a release of 13 May on the first quarter of 2024, so it is dated to 2024.',
    'On May 13, the Kyrgyz National Statistics Committee reported that the country''s total trade turnover with the outside world amounted to $3.7 billion.'),
(33, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Energy Today',
    'Russia Loses Ground to China in Central Asian Trade',
    'https://en.energytoday.ir/russia-loses-ground-to-china-in-central-asian-trade',
    DATE '2024-01-01', 'YEAR', 'PRESS',
    'China''s customs figures for first-quarter 2024 trade with Kyrgyzstan, on the same page (dated to 2024 as that page). Its exports and imports do not add up to its turnover.',
    'Bilateral trade turnover during the first quarter of 2024 totaled $4.815 billion, according to figures compiled by China''s General Customs Administration. The trade imbalance between the two countries was pronounced: according to Beijing, Chinese exports to Kyrgyzstan totaled $4.163 billion, while only $22 million of Kyrgyz goods and services made their way to China during the reporting period.'),
(34, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'REGNUM',
    'REGNUM report on Kyrgyzstan''s foreign trade in January–May 2020 (regnum.ru/news/economy/3008824)',
    'https://regnum.ru/news/economy/3008824.html',
    DATE '2020-01-01', 'YEAR', 'PRESS',
    'Kyrgyzstan''s trade with the world in January–May 2020. The page shows no date and its address none; it reports January–May 2020, so it is dated to 2020.',
    'Внешнеторговый товарооборот Киргизии в январе — мае 2020 года сложился на уровне $2 млрд 125,8 млн ... снизившись сразу на 22,7%'),
(35, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'Akchabar',
    'Akchabar report of 11 March 2021 on Kyrgyzstan''s foreign and mutual trade in January 2021',
    'https://www.akchabar.kg/kg/news/amp/obem-vneshnej-i-vzaimnoj-torgovli-kyrgyzstana-snizilsya-na-pochti-na-tret/',
    DATE '2021-03-11', 'DAY', 'PRESS',
    'Kyrgyzstan''s trade with the world in January 2021.',
    'Объем внешней и взаимной торговли товарами в Кыргызстане в январе 2021 года оценили в $352.4 млн.'),
(36, 'Ministry of Water Resources, Agriculture and Processing Industry of the Kyrgyz Republic (as reported)',
    '24.kg',
    'Beans, wool, cashmere: What Kyrgyzstan will export to China',
    'https://24.kg/english/319141_Beans_wool_cashmere_What_Kyrgyzstan_will_export_to_China/',
    DATE '2025-01-01', 'YEAR', 'OFFICIAL_STATEMENT',
    'The ministry''s press service on protocols signed with China''s customs, with 2023 trade as it printed it: ''almost $5.4 million'' where Kyrgyzstan''s other figures for that year are billions. Recorded as published; the consistency findings show it. The page shows no date; it reports January–November 2024, so it is dated to 2025.',
    'It is noted that the trade turnover between the two countries has almost tripled from 2019 to 2023. In 2023, it amounted to almost $5.4 million, 31.6 percent more than in 2022. In January-November 2024, trade turnover increased by 6.9 percent'),
(37, 'Ministry of Commerce of the People''s Republic of China (as reported)',
    'CGTN',
    'China, Central Asian countries build up strong economic and trade ties',
    'https://news.cgtn.com/news/2023-05-16/China-Central-Asian-countries-build-up-strong-economic-and-trade-ties-1jQStiZWRBS/index.html',
    DATE '2023-05-16', 'DAY', 'OFFICIAL_STATEMENT',
    'Commerce Minister Wang Wentao on 2022 trade with the five Central Asian countries. The page shows no date; the date is the one in its address. The same 70.2 billion is at http://m.tyhy56.com/a/202304/19/WS643f4b22a310b6054face71f.html.',
    'In 2022, China''s trade with the five countries ... totaled $70.2 billion, reaching a record high with a 40-percent increase from a year ago.'),
(38, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Business Turkmenistan (newscentralasia.net)',
    'Kazakhstan-China trade turnover in 2022 exceeded USD 31 billion',
    'https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/',
    DATE '2023-01-20', 'DAY', 'PRESS',
    'China''s customs figure for 2022 trade with Kazakhstan (GACC named at https://nh-logistics.com/our-news/news/historic-high-is-hit-by-kazakh-chinese-trade-turnover/).',
    'The trade turnover between Kazakhstan and China in 2022 reached USD 31.2 billion'),
(39, 'Statistics of the Republic of Kazakhstan (as reported)',
    'Trend News Agency',
    'Trend News Agency report of 17 October 2023 (en.trend.az/casia/kazakhstan/3812743)',
    'https://en.trend.az/casia/kazakhstan/3812743.html',
    DATE '2023-10-17', 'DAY', 'PRESS',
    'Kazakhstan''s own figures for its 2022 trade with China (the mirror of China''s). The page shows the dateline ''October 17''; its number in Trend''s sequence (3818338 is 2023-10-29) gives the year.',
    'In 2022, Kazakhstan''s trade turnover with China amounted to $24.1 billion, which is 34.1 percent more than a year earlier. Exports from Kazakhstan increased over the year by 34.7 percent, to $13.2 billion. ... Imports from China to Kazakhstan grew by 33.5 percent over the year, to $11 billion.'),
(40, 'Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan (as reported)',
    'The Astana Times',
    'Trade between China, Central Asian states reach $32.1 billion in 2022',
    'https://astanatimes.com/2023/04/trade-between-china-central-asian-states-reach-32-1-billion-in-2022/',
    DATE '2023-04-20', 'DAY', 'OFFICIAL_STATEMENT',
    'Serik Zhumangarin on Kazakhstan''s 2022 trade with China. His total for Central Asia as a whole ("exceeded $32 billion") is the Central Asian countries'' own figure, which the service cannot store: a group does not report.',
    'According to Zhumangarin, trade between Kazakhstan and China reached a record high, exceeding $24 billion last year. Export of Kazakh products to China soared by more than a third and reached $13.2 billion. Similarly, the demand for Chinese goods in Kazakhstan is growing with imports increasing by 33.5 percent to $11 billion.'),
(41, 'Xi Jinping, President of the People''s Republic of China (as reported)',
    'Kazinform',
    'Kazakhstan-China bilateral trade amounted to USD 25 bln last year – Xi Jinping',
    'https://www.inform.kz/en/kazakhstan-china-bilateral-trade-amounted-to-usd-25-bln-last-year-xi-jinping_a3978125',
    DATE '2022-09-13', 'DAY', 'OFFICIAL_STATEMENT',
    'President Xi''s article before his visit to Kazakhstan, on 2021 trade.',
    'bilateral trade last year returned to pre-pandemic levels and amounted to $25 billion.'),
(42, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'bne IntelliNews (Eurasianet)',
    'Central Asia trade with China registers strong growth during first half of 2023',
    'http://www.intellinews.com/central-asia-trade-with-china-registers-strong-growth-during-first-half-of-2023-285729/',
    DATE '2023-07-26', 'DAY', 'PRESS',
    'China''s customs figures for the first half of 2023 with four Central Asian countries and the region (by Justin Burke at Eurasianet, July 26, 2023).',
    NULL),
(43, 'Ministry of Commerce of the People''s Republic of China (as reported by Xinhua)',
    'Kommersant',
    'Kommersant report of 19 January 2026 on China''s 2025 trade with Central Asia (kommersant.ru/doc/8361601)',
    'https://www.kommersant.ru/doc/8361601',
    DATE '2026-01-19', 'DAY', 'OFFICIAL_STATEMENT',
    'China''s Ministry of Commerce, through Xinhua, on 2025 trade with Central Asia. Eurasianet gives exports of 71.3 billion (source 17).',
    'объем товарооборота достиг $106,3 млрд, увеличившись на 12% к предыдущему году. Об этом сообщает агентство «Синьхуа» со ссылкой на Министерство торговли КНР. ... Экспорт вырос в годовом исчислении на 11%, до $71,2 млрд ... Импорт увеличился на 14%, до $35,1 млрд.'),
(44, 'Ambassador of the People''s Republic of China to Turkmenistan (as reported)',
    'Turkmenistan Petroleum',
    'Chinese ambassador: China-Turkmenistan gas cooperation strategic, long-term and mutually beneficial',
    'https://turkmenpetroleum.com/en/2019/10/01/chinese-ambassador-china-turkmenistan-gas-cooperation-strategic-long-term-and-mutually-beneficial/',
    DATE '2019-10-01', 'DAY', 'OFFICIAL_STATEMENT',
    'China''s ambassador on 2018 trade with Turkmenistan. The page shows no date; the date is the one in its address.',
    'in 2018 it reached 8.4 billion us dollars'),
(45, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Ohio Miner (retelling Asia-Plus)',
    'Millions lost from Tajik-Chinese trade',
    'https://ohiominer.com/millions-lost-from-tajik-chinese-trade/',
    DATE '2023-01-01', 'YEAR', 'PRESS',
    'China''s customs figure for 2022 exports to Tajikistan, against Tajikistan''s own. The page shows no date and its address none; it reports ''last year'' 2022, so it is dated to 2023.',
    'According to the General Administration of Customs of the People''s Republic of China , last year the export of Chinese goods to Tajikistan exceeded $2.2 billion'),
(46, 'Statistics of the Republic of Tajikistan (as reported)',
    'Ohio Miner (retelling Asia-Plus)',
    'Millions lost from Tajik-Chinese trade',
    'https://ohiominer.com/millions-lost-from-tajik-chinese-trade/',
    DATE '2023-01-01', 'YEAR', 'PRESS',
    'Tajikistan''s own figure for its 2022 imports from China, on the same page (dated to 2023 as that page).',
    'in accordance with the official statistics of the republic, this figure amounted to only about $842 million.'),
(47, 'Uzbekistan''s figures (as reported)',
    'Trend News Agency',
    'Trend News Agency report of 27 May 2023 (en.trend.az/casia/uzbekistan/3753913)',
    'https://en.trend.az/casia/uzbekistan/3753913.html',
    DATE '2023-05-27', 'DAY', 'PRESS',
    'Uzbekistan''s own figure for its 2022 trade with China (the mirror of China''s).',
    'The trade turnover between Uzbekistan and China in 2022 increased by 20 percent, reaching a record-breaking $9 billion'),
(48, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'Yicai Global',
    'China''s Trade With Central Asia Hits New High in First Five Months as Ties Strengthen',
    'https://www.yicaiglobal.com/news/chinas-trade-with-central-asia-hits-new-high-in-first-five-months-as-ties-strengthen',
    DATE '2025-06-17', 'DAY', 'PRESS',
    'China''s customs figures (in yuan, with Yicai''s dollar conversion) for January–May 2025 and 2024 trade with Central Asia, dated ''June 17'' in its text (year from the data it reports). Other pages convert January–May 2025 to 39.93 or 39.88 billion dollars.',
    'From January to May, imports and exports between China and the Central Asian countries climbed 10.4 percent year on year to hit CNY286.4 billion (USD39.8 billion) ... Trade between China and the Central Asian nations more than doubled last year from 2013 to CNY674.1 billion (USD93.8 billion).'),
(49, 'China''s statistics (as reported by China News Service)',
    'ECNS',
    'ECNS report of 6 June 2018 on China-Kyrgyzstan relations (ecns.cn/news/politics/2018-06-06)',
    'http://ecns.cn/news/politics/2018-06-06/detail-ifyuyvzv3224042.shtml',
    DATE '2018-06-06', 'DAY', 'PRESS',
    'Statistics on 2017 trade with Kyrgyzstan, before the Kyrgyz president''s state visit. The page shows no date; the date is the one in its address.',
    'Stats show in 2017, the bilateral trade volume between the two countries reached nearly 5.45 billion US dollars, among which the imports to China from Kyrgyzstan stood at 87 million US dollars, up 22.2 percent from a year ago.');

-- Every figure of those pages that has a value and a period, as published: the value, the unit of
-- its last digit, the words that make it a bound ("more than", "nearly", "about"), the change it
-- states, and its words.
INSERT INTO trade_observation
    (reporter, partner, flow, commodity, period_kind, first_month, last_month, value_usd, precision_usd,
     qualifier, stated_change_percent, source_id, quote) VALUES
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 89400000000, 100000000, NULL, 27, 3,
    'reaching a total turnover of $89.4 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 70200000000, 100000000, NULL, NULL, 3,
    'compared to the previous year''s level of $70.2 billion'),
('CHN', 'C5', 'EXPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 61400000000, 100000000, NULL, NULL, 3,
    'Goods and services worth $61.4 billion exported to Central Asian countries from China'),
('CHN', 'C5', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 28000000000, 1000000000, NULL, NULL, 3,
    'Beijing''s imports from the region amounted to $28 billion'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 41000000000, 1000000000, NULL, 32, 3,
    'bilateral trade turnover reaching $41 billion, representing a significant 32 percent increase'),
('CHN', 'KAZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 16300000000, 100000000, NULL, NULL, 3,
    'Kazakh exports to China were valued at $16.3 billion'),
('CHN', 'KAZ', 'EXPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 24700000000, 100000000, NULL, NULL, 3,
    'while imports amounted to $24.7 billion'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 3900000000, 100000000, NULL, 54, 3,
    'the volume of Tajik-Chinese trade remained the lowest among Central Asian states, totaling $3.9 billion'),
('CHN', 'TJK', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 250000000, 10000000, NULL, NULL, 3,
    'Tajikistan''s exports to China accounted for $250 million of the overall turnover'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 10600000000, 100000000, NULL, -5.2, 3,
    'Turkmenistan saw a 5.2 percent decline in its trade volume with China in 2023, totaling $10.6 billion'),
('CHN', 'TKM', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 9600000000, 100000000, NULL, -6.6, 3,
    'Turkmen exports to China constituted $9.6 billion of the annual total, a 6.6 percent decrease from the previous year'),
('CHN', 'TKM', 'EXPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 1000000000, 1000000000, NULL, 11.3, 3,
    'China''s exports to Turkmenistan marked an 11.3 percent increase, reaching $1 billion'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 14000000000, 1000000000, NULL, 45, 3,
    'Uzbekistan experienced a 45 percent rise in annual turnover with China in 2023, reaching $14 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 94800000000, 100000000, NULL, NULL, 4,
    'The total volume of trade between China and the countries of the region amounted to $94.8 billion in 2024'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 89400000000, 100000000, NULL, NULL, 4,
    'an increase of $5.4 billion compared to 2023 ($89.4 billion)'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 43800000000, 100000000, NULL, NULL, 4,
    'Kazakhstan became the leader in trade with China, accounting for 46 percent of the total volume — $43.8 billion'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 13700000000, 100000000, NULL, NULL, 4,
    'Uzbekistan ($13.7 billion, 14.5 percent)'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 10600000000, 100000000, NULL, NULL, 4,
    'Turkmenistan ($10.6 billion, 11.1 percent)'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 3800000000, 100000000, NULL, NULL, 4,
    'Tajikistan ($3.8 billion, 4 percent)'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 2000000000, 100000000, 'AT_LEAST', NULL, 10,
    'The volume of trade between China and Kyrgyzstan amounted to more than $ 2 billion in 2018'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 19800000000, 100000000, NULL, 30, 12,
    'reaching $19.8bn by the end of 2023—a 30% increase from the previous year'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 5610000000, 10000000, NULL, 3, 13,
    'China-Kyrgyzstan trade grew in 2018 by 3 percent year-on-year to $5.61 billion'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 1500000000, 100000000, NULL, 9.78, 13,
    'China-Tajikistan trade by 9.78 percent year-on-year to $1.5 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 15500000000, 100000000, NULL, NULL, 14,
    'КР нарастила торговлю с КНР на 5 процентов — до $15,5 миллиарда'),
('CHN', 'KGZ', 'EXPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 15420000000, 10000000, NULL, NULL, 14,
    'экспорт из Китая в Кыргызстан составил $15,42 миллиарда'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 81660000, 10000, NULL, NULL, 14,
    'импорт в КНР из КР — $81,66 миллиона'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2022-01-01', DATE '2022-11-01', 10570000000, 10000000, NULL, NULL, 15,
    'общий внешнеторговый оборот страны составил всего $10,57 миллиарда'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 20000000000, 1000000000, NULL, 32, 16,
    'в 2023 году объем торгового оборота составил 20 млрд долларов, по сравнению с 2022 годом рост составил 32%'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-07-01', 11000000000, 1000000000, 'AT_MOST', NULL, 16,
    'за январь-июль текущего года объем торгового оборота достиг почти 11 млрд долларов'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 106300000000, 100000000, 'AT_LEAST', 12, 17,
    'overall turnover topping $106.3 billion, a 12 percent increase over the previous year''s total'),
('CHN', 'C5', 'EXPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 71300000000, 100000000, NULL, NULL, 17,
    'Beijing''s exports to Central Asia amounting to $71.3 billion'),
('CHN', 'C5', 'IMPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 35100000000, 100000000, NULL, NULL, 17,
    'while imports totaled $35.1 billion'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 48700000000, 100000000, NULL, 11, 17,
    'bilateral turnover growing by 11 percent to $48.7 billion'),
('CHN', 'KAZ', 'EXPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 29700000000, 100000000, NULL, NULL, 17,
    'Kazakh imports ($29.7 billion) from China'),
('CHN', 'KAZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 19000000000, 1000000000, NULL, NULL, 17,
    'outpaced exports ($19 billion)'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 27200000000, 100000000, NULL, 20, 17,
    'Bilateral Kyrgyz-Chinese trade grew by 20 percent to $27.2 billion'),
('CHN', 'KGZ', 'EXPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 22000000000, 1000000000, NULL, NULL, 17,
    'of which Kyrgyz imports accounted for $22 billion'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 5200000000, 100000000, NULL, NULL, 17,
    'Bishkek sent $5.2 billion in goods and services to China for the year'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 2800000000, 100000000, NULL, NULL, 17,
    'moving up to $2.8 billion in 2024'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 80000000, 10000000, NULL, NULL, 17,
    'rising from a paltry $80 million in 2023'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-10-01', 17400000000, 100000000, NULL, NULL, 18,
    'Trade turnover with Kyrgyzstan saw the largest spike, rising from $17.4bn to $23.6bn.'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-10-01', 23600000000, 100000000, NULL, NULL, 18,
    'Trade turnover with Kyrgyzstan saw the largest spike, rising from $17.4bn to $23.6bn.'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-10-01', 36500000000, 100000000, NULL, NULL, 18,
    'the number for Kazakhstan grew from $36.5bn to $39.8bn'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-10-01', 39800000000, 100000000, NULL, NULL, 18,
    'the number for Kazakhstan grew from $36.5bn to $39.8bn'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-10-01', 11100000000, 100000000, NULL, NULL, 18,
    'Uzbekistan from $11.1bn to $12.9bn'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-10-01', 12900000000, 100000000, NULL, NULL, 18,
    'Uzbekistan from $11.1bn to $12.9bn'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-10-01', 3300000000, 100000000, NULL, NULL, 18,
    'Tajikistan from $3.3bn to $3.5bn'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-10-01', 3500000000, 100000000, NULL, NULL, 18,
    'Tajikistan from $3.3bn to $3.5bn'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-10-01', 8900000000, 100000000, NULL, NULL, 18,
    'its trade with China shrank from $8.9bn to $8.3bn'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-10-01', 8300000000, 100000000, NULL, NULL, 18,
    'its trade with China shrank from $8.9bn to $8.3bn'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 23000000000, 1000000000, NULL, NULL, 19,
    'trade turnover between the two countries last year amounted to 23 billion US dollars'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-05-01', 11500000000, 100000000, NULL, 48, 19,
    'in the first five months of this year it has already reached 11.5 billion dollars, which is 48% more than in the same period last year'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2021-01-01', DATE '2021-12-01', 49500000000, 100000000, 'AT_LEAST', NULL, 20,
    'In 2021, the total volume was slightly above $49.5 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 106300000000, 100000000, 'AT_LEAST', 12, 20,
    'surpassing $106.3 billion in total trade. This marks a 12% increase from 2024'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 48600000000, 100000000, 'AT_LEAST', NULL, 20,
    'recording a trade volume of over $48.6 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 27200000000, 100000000, 'ABOUT', NULL, 20,
    'Kyrgyzstan followed at roughly $27.2 billion'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 16200000000, 100000000, NULL, NULL, 20,
    'Uzbekistan and Turkmenistan reached $16.2 billion and $10 billion, respectively'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 10000000000, 1000000000, NULL, NULL, 20,
    'Uzbekistan and Turkmenistan reached $16.2 billion and $10 billion, respectively'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 4300000000, 100000000, NULL, NULL, 20,
    'Tajikistan ranked fifth at $4.3 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 27200000000, 100000000, NULL, 20, 21,
    'By the end of 2025, the trade turnover between Kyrgyzstan and China had already reached a record level of $27.2 billion, which is 20% more than the previous year.'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-07-01', 10950000000, 10000000, NULL, 12, 22,
    'bilateral trade turnover during the January-July period of 2024 amounted to $10.95 billion, marking a roughly 12 percent increase'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-07-01', 226000000, 1000000, NULL, NULL, 22,
    'Kyrgyzstan''s exports to China accounted for a mere $226 million of that total'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-06-01', 3180000000, 10000000, NULL, NULL, 23,
    'Data released by the Kyrgyz government covering the first six months of 2024 pegged Kyrgyz-Chinese trade turnover at $3.18 billion.'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 43820000000, 10000000, NULL, NULL, 24,
    'with trade turnover reaching $43.82 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 22710000000, 10000000, NULL, NULL, 24,
    'The Kyrgyz Republic followed with $22.71 billion'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 13780000000, 10000000, NULL, NULL, 24,
    'Uzbekistan ranked third with $13.78 billion'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 10650000000, 10000000, NULL, NULL, 24,
    'Turkmenistan placed fourth with $10.65 billion'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 3860000000, 10000000, NULL, NULL, 24,
    'Tajikistan came fifth with $3.86 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 94820000000, 10000000, NULL, NULL, 24,
    'China''s overall trade with Central Asia totaled $94.82 billion in 2024'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 89400000000, 100000000, NULL, NULL, 24,
    'up from $89.4 billion in 2023'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 5500000000, 100000000, NULL, 2.6, 25,
    'the bilateral trade turnover between the two nations ascended to $5.5 billion in 2024, signifying a growth trajectory of 2.6 percent'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2016-01-01', DATE '2016-06-01', 672000000, 1000000, NULL, 60, 26,
    'trade exchange between the two nations in the first half of 2016 reached 672 million U.S. dollars, up 60 percent year-on-year'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2016-01-01', DATE '2016-08-01', 993000000, 1000000, NULL, 70, 27,
    'trade volume between the two countries reached $993 million from January to August in 2016, up by 70 percent year on year'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2022-01-01', DATE '2022-11-01', 3678000000, 1000000, NULL, NULL, 28,
    '2022-жылдын 11 айында эки өлкөнүн соода жүгүртүүсү 3 млрд. 678 млн. долларды түзгөн'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-08-01', 9407000000, 1000000, NULL, 27.3, 29,
    'the country''s foreign trade turnover amounted to $9.407 billion from January through August 2023, which is an increase of 27.3 percent'),
('KGZ', 'WLD', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-08-01', 1850000000, 10000000, NULL, NULL, 29,
    'Exports amounted to $1.85 billion'),
('KGZ', 'WLD', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-08-01', 7556000000, 1000000, NULL, NULL, 29,
    'Imports reached $7.556 billion'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 15660000000, 1000000, NULL, NULL, 30,
    'the country''s foreign trade turnover reached $15.660 billion in 2023'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 15700000000, 100000000, NULL, 30, 31,
    'Overall trade turnover rose by 30% in 2023, compared with the previous year''s total, amounting to $15.7bn'),
('KGZ', 'WLD', 'IMPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 12400000000, 100000000, NULL, NULL, 31,
    'with goods and services totalling $12.4bn being purchased'),
('KGZ', 'WLD', 'EXPORT', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 3300000000, 100000000, NULL, NULL, 31,
    'and $3.3bn being sold'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 3700000000, 100000000, NULL, NULL, 32,
    'the country''s total trade turnover with the outside world amounted to $3.7 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 4815000000, 1000000, NULL, NULL, 33,
    'Bilateral trade turnover during the first quarter of 2024 totaled $4.815 billion'),
('CHN', 'KGZ', 'EXPORT', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 4163000000, 1000000, NULL, NULL, 33,
    'Chinese exports to Kyrgyzstan totaled $4.163 billion'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 22000000, 1000000, NULL, NULL, 33,
    'only $22 million of Kyrgyz goods and services made their way to China during the reporting period'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2020-01-01', DATE '2020-05-01', 2125800000, 100000, NULL, -22.7, 34,
    'Внешнеторговый товарооборот Киргизии в январе — мае 2020 года сложился на уровне $2 млрд 125,8 млн ... снизившись сразу на 22,7%'),
('KGZ', 'WLD', 'TURNOVER', 'TOTAL', 'MONTH', DATE '2021-01-01', DATE '2021-01-01', 352400000, 100000, NULL, NULL, 35,
    'Объем внешней и взаимной торговли товарами в Кыргызстане в январе 2021 года оценили в $352.4 млн.'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 5400000, 100000, 'AT_MOST', 31.6, 36,
    'In 2023, it amounted to almost $5.4 million, 31.6 percent more than in 2022.'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 70200000000, 100000000, NULL, 40, 37,
    'China''s trade with the five countries ... totaled $70.2 billion, reaching a record high with a 40-percent increase from a year ago'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 31200000000, 100000000, NULL, NULL, 38,
    'The trade turnover between Kazakhstan and China in 2022 reached USD 31.2 billion'),
('KAZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 24100000000, 100000000, NULL, 34.1, 39,
    'Kazakhstan''s trade turnover with China amounted to $24.1 billion, which is 34.1 percent more than a year earlier'),
('KAZ', 'CHN', 'EXPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 13200000000, 100000000, NULL, 34.7, 39,
    'Exports from Kazakhstan increased over the year by 34.7 percent, to $13.2 billion'),
('KAZ', 'CHN', 'IMPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 11000000000, 1000000000, NULL, 33.5, 39,
    'Imports from China to Kazakhstan grew by 33.5 percent over the year, to $11 billion'),
('KAZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 24000000000, 1000000000, 'AT_LEAST', NULL, 40,
    'trade between Kazakhstan and China reached a record high, exceeding $24 billion last year'),
('KAZ', 'CHN', 'EXPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 13200000000, 100000000, NULL, NULL, 40,
    'Export of Kazakh products to China soared by more than a third and reached $13.2 billion'),
('KAZ', 'CHN', 'IMPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 11000000000, 1000000000, NULL, 33.5, 40,
    'imports increasing by 33.5 percent to $11 billion'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2021-01-01', DATE '2021-12-01', 25000000000, 1000000000, NULL, NULL, 41,
    'bilateral trade last year returned to pre-pandemic levels and amounted to $25 billion'),
('CHN', 'KAZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 18250000000, 10000000, NULL, 26.8, 42,
    'Kazakhstan: trade turnover rose by 26.8 percent to $18.25 billion'),
('CHN', 'KAZ', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 10630000000, 10000000, NULL, NULL, 42,
    'exports to Kazakhstan reached $10.63 billion'),
('CHN', 'KAZ', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 7620000000, 10000000, NULL, NULL, 42,
    'imports $7.62 billion'),
('CHN', 'UZB', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 6100000000, 100000000, 'AT_MOST', NULL, 42,
    'trade turnover with Uzbekistan ... reaching almost $6.1 billion'),
('CHN', 'UZB', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 5460000000, 10000000, 'ABOUT', NULL, 42,
    'Chinese exports to Uzbekistan totalled about $5.46 billion'),
('CHN', 'UZB', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 629000000, 1000000, 'ABOUT', NULL, 42,
    'while imports amounted to roughly $629 million'),
('CHN', 'TJK', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 2110000000, 10000000, NULL, 84.7, 42,
    'Tajikistan: turnover skyrocketed 84.7 percent to $2.11 billion'),
('CHN', 'TJK', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 1960000000, 10000000, NULL, NULL, 42,
    'exports to Tajikistan hit $1.96 billion'),
('CHN', 'TJK', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 152000000, 1000000, NULL, NULL, 42,
    'imports $152 million'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 5550000000, 10000000, NULL, 12.3, 42,
    'Turkmenistan: turnover rose by 12.3 percent to $5.55 billion'),
('CHN', 'TKM', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 476000000, 1000000, NULL, NULL, 42,
    'exports to Turkmenistan measured $476 million'),
('CHN', 'TKM', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 5076000000, 1000000, NULL, NULL, 42,
    'while imports reached $5.076 billion'),
('CHN', 'C5', 'EXPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 26400000000, 100000000, 'ABOUT', NULL, 42,
    'about $26.4 billion'),
('CHN', 'C5', 'IMPORT', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-06-01', 13500000000, 100000000, 'AT_MOST', NULL, 42,
    'almost $13.5 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 106300000000, 100000000, NULL, 12, 43,
    'объем товарооборота достиг $106,3 млрд, увеличившись на 12% к предыдущему году'),
('CHN', 'C5', 'EXPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 71200000000, 100000000, NULL, 11, 43,
    'Экспорт вырос в годовом исчислении на 11%, до $71,2 млрд'),
('CHN', 'C5', 'IMPORT', 'TOTAL', 'YEAR', DATE '2025-01-01', DATE '2025-12-01', 35100000000, 100000000, NULL, 14, 43,
    'Импорт увеличился на 14%, до $35,1 млрд'),
('CHN', 'TKM', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 8400000000, 100000000, NULL, NULL, 44,
    'in 2018 it reached 8.4 billion us dollars'),
('CHN', 'TJK', 'EXPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 2200000000, 100000000, 'AT_LEAST', NULL, 45,
    'last year the export of Chinese goods to Tajikistan exceeded $2.2 billion'),
('TJK', 'CHN', 'IMPORT', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 842000000, 1000000, 'ABOUT', NULL, 46,
    'this figure amounted to only about $842 million'),
('UZB', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2022-01-01', DATE '2022-12-01', 9000000000, 1000000000, NULL, 20, 47,
    'The trade turnover between Uzbekistan and China in 2022 increased by 20 percent, reaching a record-breaking $9 billion'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2025-01-01', DATE '2025-05-01', 39800000000, 100000000, NULL, 10.4, 48,
    'imports and exports between China and the Central Asian countries climbed 10.4 percent year on year to hit CNY286.4 billion (USD39.8 billion)'),
('CHN', 'C5', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 93800000000, 100000000, NULL, NULL, 48,
    'Trade between China and the Central Asian nations more than doubled last year from 2013 to CNY674.1 billion (USD93.8 billion)'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2017-01-01', DATE '2017-12-01', 5450000000, 10000000, 'AT_MOST', NULL, 49,
    'the bilateral trade volume between the two countries reached nearly 5.45 billion US dollars'),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'YEAR', DATE '2017-01-01', DATE '2017-12-01', 87000000, 1000000, NULL, 22.2, 49,
    'the imports to China from Kyrgyzstan stood at 87 million US dollars, up 22.2 percent from a year ago');

-- ---- Corridor facts, corrected --------------------------------------------------------------------
INSERT INTO source (id, publisher, outlet, title, url, published_on, published_precision, authority, description, wording) VALUES
(50, 'Border Service of the Kyrgyz Republic (as reported)', '24.kg',
    'Bedel-Avtodorozhny checkpoint on border with China officially opened',
    'https://24.kg/english/303987_Bedel-Avtodorozhny_checkpoint_on_border_with_China_officially_opened/',
    DATE '2024-09-04', 'DAY', 'OFFICIAL_STATEMENT',
    'The Border Service on the opening of the Bedel checkpoint (24.kg, 4 September 2024). The ceremony was on '
    || 'Tuesday 3 September 2024: Xinhua''s report of 4 September says the president spoke of it "on Tuesday". '
    || 'Opened under a simplified procedure with temporary infrastructure; full construction by 2027.',
    'A new Bedel checkpoint was opened on Kyrgyzstan-China border. The press service of the Border Service reported. '
    || '... The Border Service noted that Bedel-Avtodorozhny checkpoint was opened under a simplified procedure with '
    || 'the creation of temporary infrastructure. Electricity supply was provided, a temporary 58-kilometer '
    || 'Barskoon-Uchturfan-Aksu road to the checkpoint was built, and bridges were erected. Full-scale construction '
    || 'of the road, creation of customs and border infrastructure that meets international standards will be '
    || 'jointly implemented by 2027.'),
(51, 'Ministry of Foreign Affairs of the People''s Republic of China (as carried)', 'EIN Presswire',
    'Heads of State of China, Kyrgyzstan and Uzbekistan Extend Congratulations on the Signing of the Trilateral Intergovernmental Agreement on the China-Kyrgyzstan-Uzbekistan Railway Project via Video Link',
    'https://www.einpresswire.com/article/718573105/heads-of-state-of-china-kyrgyzstan-and-uzbekistan-extend-co',
    DATE '2024-06-09', 'DAY', 'OFFICIAL_STATEMENT',
    'China''s foreign ministry on the signing of the trilateral railway agreement in Beijing on 6 June 2024.',
    'On June 6, 2024, the signing ceremony of the trilateral intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway project was held in Beijing, with President Xi Jinping, Kyrgyz President Sadyr Zhaparov and Uzbek President Shavkat Mirziyoyev extending congratulations on the signing of the agreement via video link.'),
(52, 'Heads of State of Kyrgyzstan, China and Uzbekistan (as reported)', '24.kg',
    'China-Kyrgyzstan-Uzbekistan railway: Heads of State send addresses',
    'https://24.kg/english/315640_China-Kyrgyzstan-Uzbekistan_railway_Heads_of_State_send_addresses/',
    DATE '2024-12-27', 'DAY', 'OFFICIAL_STATEMENT',
    'The ceremony of 27 December 2024 in Jalal-Abad started the railway''s construction; Xinhua called it the '
    || '"commencement ceremony of the railway project" (http://en.people.cn/n3/2024/1227/c90000-20259516.html).',
    'the start of construction of China-Kyrgyzstan-Uzbekistan railway is a historic event'),
(53, 'Business Turkmenistan (newscentralasia.net), citing the President''s press service', 'newscentralasia.net',
    'Kyrgyzstan and China deepen strategic partnership: outcomes of Sadyr Japarov''s state visit to Beijing',
    'https://www.newscentralasia.net/2025/02/07/kyrgyzstan-and-china-deepen-strategic-partnership-outcomes-of-sadyr-japarovs-state-visit-to-beijing/',
    DATE '2025-02-07', 'DAY', 'PRESS',
    'The outcomes of the state visit of 5–7 February 2025 (the title is as the page''s address gives it).',
    'From 5 to 7 February 2025, President of the Kyrgyz Republic Sadyr Japarov paid a state visit to the People''s Republic of China, during which he met with President Xi Jinping in Beijing. ... Perhaps the most significant moment of the high-level meeting was the signing of the Joint Statement on Deepening the Comprehensive Strategic Partnership.'),
(54, 'Xinhua', 'People''s Daily Online',
    'Xi says China fully supports Kyrgyzstan in taking SCO rotating chair',
    'http://en.people.cn/n3/2025/0831/c90000-20359746.html',
    DATE '2025-08-31', 'DAY', 'PRESS',
    'President Japarov in Tianjin for the SCO summit of 31 August – 1 September 2025 (the dates as 24.kg gave them '
    || 'on 27 August 2025, https://24.kg/english/341150__Kyrgyzstan_prepares_to_participate_in_SCO_summit/).',
    'Japarov is in China to attend the SCO Summit 2025, as well as commemorations marking the 80th anniversary of the victory in the Chinese People''s War of Resistance against Japanese Aggression and the World Anti-Fascist War.');

SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source));

-- Bedel: operating since 2024-09-03 (temporary infrastructure), not "opening announced".
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'CHECKPOINT', c.code, c.version,
       jsonb_build_object('code', c.code, 'name', c.name, 'status', c.status, 'statusQuote', c.status_quote,
                          'statusSource', jsonb_build_object('id', c.status_source_id), 'version', c.version,
                          'updatedAt', c.updated_at, 'updatedBy', c.updated_by),
       'migration V9'
FROM checkpoint c WHERE c.code = 'bedel';

UPDATE checkpoint SET status = 'OPERATING', status_source_id = 50,
    status_quote = 'A new Bedel checkpoint was opened on Kyrgyzstan-China border. ... Bedel-Avtodorozhny checkpoint was opened under a simplified procedure with the creation of temporary infrastructure.',
    version = version + 1, updated_at = now(), updated_by = 'migration V9'
WHERE code = 'bedel';

-- The railway: under construction since 2024-12-27; the agreement signed on 2024-06-06.
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'PROJECT', p.code, p.version,
       jsonb_build_object('code', p.code, 'name', p.name, 'type', p.type, 'status', p.status,
                          'statusQuote', p.status_quote, 'statusSource', jsonb_build_object('id', p.status_source_id),
                          'milestones', (SELECT jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title,
                                                'date', m.occurred_on, 'datePrecision', m.date_precision,
                                                'sourceId', m.source_id, 'quote', m.quote) ORDER BY m.occurred_on)
                                         FROM project_milestone m WHERE m.project_code = p.code),
                          'version', p.version, 'updatedAt', p.updated_at, 'updatedBy', p.updated_by),
       'migration V9'
FROM project p WHERE p.code = 'china-kyrgyzstan-uzbekistan-railway';

UPDATE project SET status = 'UNDER_CONSTRUCTION', status_source_id = 52,
    status_quote = 'the start of construction of China-Kyrgyzstan-Uzbekistan railway is a historic event',
    version = version + 1, updated_at = now(), updated_by = 'migration V9'
WHERE code = 'china-kyrgyzstan-uzbekistan-railway';

UPDATE project_milestone SET title = 'Construction started', source_id = 52,
    quote = 'the start of construction of China-Kyrgyzstan-Uzbekistan railway is a historic event'
WHERE project_code = 'china-kyrgyzstan-uzbekistan-railway' AND occurred_on = DATE '2024-12-27';

INSERT INTO project_milestone (project_code, title, occurred_on, date_precision, source_id, quote, created_by) VALUES
('china-kyrgyzstan-uzbekistan-railway', 'Intergovernmental agreement signed', DATE '2024-06-06', 'DAY', 51,
    'On June 6, 2024, the signing ceremony of the trilateral intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway project was held in Beijing', 'migration V9');

-- The state visit, the joint statement and the SCO summit took place.
INSERT INTO resource_history (resource_type, resource_key, version, state, replaced_by)
SELECT 'EVENT', e.id::text, e.version,
       jsonb_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'date', e.occurred_on,
                          'datePrecision', e.date_precision, 'certainty', e.certainty,
                          'source', jsonb_build_object('id', e.source_id), 'quote', e.quote,
                          'version', e.version, 'updatedAt', e.updated_at, 'updatedBy', e.updated_by),
       'migration V9'
FROM corridor_event e WHERE e.id IN (4, 5, 6);

UPDATE corridor_event SET
    title = 'State visit of the President of Kyrgyzstan to China, 5–7 February 2025: talks with Xi Jinping in Beijing',
    occurred_on = DATE '2025-02-05', date_precision = 'DAY', certainty = 'OCCURRED', source_id = 53,
    quote = 'From 5 to 7 February 2025, President of the Kyrgyz Republic Sadyr Japarov paid a state visit to the People''s Republic of China, during which he met with President Xi Jinping in Beijing.',
    version = version + 1, updated_at = now(), updated_by = 'migration V9'
WHERE id = 4;

UPDATE corridor_event SET
    title = 'Joint Statement on Deepening the Comprehensive Strategic Partnership signed during the state visit',
    certainty = 'OCCURRED', source_id = 53,
    quote = 'Perhaps the most significant moment of the high-level meeting was the signing of the Joint Statement on Deepening the Comprehensive Strategic Partnership.',
    version = version + 1, updated_at = now(), updated_by = 'migration V9'
WHERE id = 5;

UPDATE corridor_event SET
    title = 'SCO summit in Tianjin under China''s chairmanship (31 August – 1 September 2025)',
    occurred_on = DATE '2025-08-31', date_precision = 'DAY', certainty = 'OCCURRED', source_id = 54,
    quote = 'Japarov is in China to attend the SCO Summit 2025',
    version = version + 1, updated_at = now(), updated_by = 'migration V9'
WHERE id = 6;

INSERT INTO corridor_event (id, kind, title, occurred_on, date_precision, certainty, source_id, quote, created_by, updated_by) VALUES
(7, 'OPENING', 'Bedel checkpoint opened under a simplified procedure, with temporary infrastructure',
    DATE '2024-09-03', 'DAY', 'OCCURRED', 50,
    'A new Bedel checkpoint was opened on Kyrgyzstan-China border.', 'migration V9', 'migration V9'),
(8, 'ANNOUNCEMENT', 'Full construction of the Bedel road and of customs and border infrastructure, by 2027',
    DATE '2027-01-01', 'YEAR', 'PLANNED', 50,
    'Full-scale construction of the road, creation of customs and border infrastructure that meets international standards will be jointly implemented by 2027.',
    'migration V9', 'migration V9');

SELECT setval(pg_get_serial_sequence('corridor_event', 'id'), (SELECT max(id) FROM corridor_event));

INSERT INTO corridor_event_country (event_id, country_code) VALUES (7, 'KGZ'), (7, 'CHN'), (8, 'KGZ'), (8, 'CHN');
INSERT INTO corridor_event_checkpoint (event_id, checkpoint_code) VALUES (7, 'bedel'), (8, 'bedel');
