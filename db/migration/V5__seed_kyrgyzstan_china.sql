-- The Kyrgyzstan–China data set: every figure and fact of shared/docs/data-sources.md (sections 1
-- and 2), each citing its source, quoting the source's words where they were recorded.
-- Dates known only to the month or the year keep that precision.

INSERT INTO source (id, publisher, outlet, title, url, published_on, published_precision, description, wording) VALUES
(1, 'General Administration of Customs of the People''s Republic of China (as cited)',
    'Official website of the President of the Kyrgyz Republic',
    'Interview of President Sadyr Japarov with Xinhua News Agency on the eve of his state visit to China',
    NULL, DATE '2025-02-04', 'DAY',
    'An interview of the President of Kyrgyzstan with Xinhua, published on the president''s website on 2025-02-04. '
    || 'The trade figures are cited from the General Administration of Customs of the PRC. The source writes a '
    || 'decimal comma: "$19,863 billion" means 19.863 billion US dollars.',
    'According to the General Administration of Customs of the People’s Republic of China, in January-November 2024, trade between the countries reached $19,863 billion, and at year-end 2024 — $22,071 billion.'),
(2, 'President of the Kyrgyz Republic',
    'Official website of the President of the Kyrgyz Republic',
    'Interview of President Sadyr Japarov with Xinhua News Agency on the eve of his state visit to China',
    NULL, DATE '2025-02-04', 'DAY',
    'The same interview (2025-02-04): the president''s statements on border checkpoints, infrastructure projects '
    || 'and relations with China.',
    'Since March 1 last year, the Kyrgyz Republic transferred Torugart and Irkeshtam checkpoints to a 24-hour work mode, and the Chinese side increased their work to 14 hours a day.' || E'\n\n'
    || 'The head of state paid special attention to the launch of China-Kyrgyzstan-Uzbekistan railway on December 27, 2024, calling it a strategic project that will strengthen the role of the republic as a transit hub of Eurasia.' || E'\n\n'
    || 'The road, in line with One Belt — One Road initiative, will connect China with the states of Central Asia, the Middle East and Europe.' || E'\n\n'
    || 'The President noted the opening of the third checkpoint Bedel and the construction of Barskoon — Uchturfan — Aksu highway, which will increase cargo flow. The project Two countries — Two Parks is also being implemented between Kashgar FEZ (PRC) and Naryn (Kyrgyzstan) to develop e-commerce.' || E'\n\n'
    || 'In agriculture, the parties are coordinating protocols for the export of Kyrgyz organic products to China. An industrial park has already been built at Irkeshtam checkpoint for processing agricultural products.' || E'\n\n'
    || 'Sadyr Japarov highly praised the elevation of relations to the level of a comprehensive strategic partnership following the Xi’an Summit in 2023 and expressed support for Chinese initiatives. He also expressed confidence that the upcoming SCO summit, under China’s chairmanship in 2025, will strengthen the organization’s role.' || E'\n\n'
    || 'In February of this year, the head of state will visit China to participate in the opening of the Asian Winter Games in Harbin and hold talks with Chinese President Xi Jinping. It is planned to sign a joint declaration and documents strengthening the partnership.'),
(3, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'WE News English',
    'China-Central Asia trade hits $89.4 billion in 2023',
    'https://wenewsenglish.pk/china-central-asia-trade-hits-89-4-billion-in-2023', DATE '2024-01-01', 'YEAR',
    'Press report of China''s customs figures for 2023 trade with Central Asia. Published early 2024; the exact '
    || 'day was not recorded, so the date is kept to the year.',
    '28.8 percent increase'),
(4, 'General Administration of Customs of the People''s Republic of China (as reported)',
    '24.kg',
    'Trade with Kyrgyzstan increased by almost $3 billion in 2024, China reports',
    'https://24.kg/english/317870_Trade_with_Kyrgyzstan_increased_by_almost_3_billion_in_2024_China_reports__/',
    DATE '2025-01-24', 'DAY',
    'Press report of China''s customs figure for 2024 trade with Kyrgyzstan. The same page explains why China''s '
    || 'and Kyrgyzstan''s figures differ about four times: goods shipped from China are declared as exports to '
    || 'Kyrgyzstan, but most continue in transit to other countries.',
    '+$2.9 billion'),
(5, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    '24.kg',
    'Trade with Kyrgyzstan increased by almost $3 billion in 2024, China reports',
    'https://24.kg/english/317870_Trade_with_Kyrgyzstan_increased_by_almost_3_billion_in_2024_China_reports__/',
    DATE '2025-01-24', 'DAY',
    'Kyrgyzstan''s own statistics for January–November 2024 trade with China, quoted on the same page as China''s '
    || 'figure. The page''s wording for this figure was not recorded; the figure was.',
    NULL),
(6, 'General Administration of Customs of the People''s Republic of China (as reported)',
    'bne IntelliNews',
    'Discrepancies in Kyrgyzstan-China trade data point to role Bishkek plays for Kremlin',
    'https://www.intellinews.com/discrepancies-in-kyrgyzstan-china-trade-data-point-to-role-bishkek-plays-for-kremlin-325834/',
    DATE '2024-05-18', 'DAY',
    'Press analysis comparing China''s and Kyrgyzstan''s first-quarter 2024 trade statistics: China''s customs figures.',
    'just $22mn ... Kyrgyz exports'),
(7, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'bne IntelliNews',
    'Discrepancies in Kyrgyzstan-China trade data point to role Bishkek plays for Kremlin',
    'https://www.intellinews.com/discrepancies-in-kyrgyzstan-china-trade-data-point-to-role-bishkek-plays-for-kremlin-325834/',
    DATE '2024-05-18', 'DAY',
    'The same analysis: Kyrgyzstan''s first-quarter 2024 figures. The page''s wording for these figures was not '
    || 'recorded; the figures were.',
    NULL),
(8, 'Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic (as reported)',
    '24.kg',
    'Trade turnover between Kyrgyzstan and China increases by 44.7 percent in 2024',
    'https://24.kg/english/336366_Trade_turnover_between_Kyrgyzstan_and_China_increases_by_447_percent_in_2024/',
    DATE '2025-07-16', 'DAY',
    'Kyrgyz government statement on 2024 trade with China (turnover and exports).',
    'increased by 44.7 percent'),
(9, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'MENAFN',
    'Large Delegation Of Chinese Companies To Visit Kyrgyzstan In Early 2024',
    'https://menafn.com/1107253549/Large-Delegation-Of-Chinese-Companies-To-Visit-Kyrgyzstan-In-Early-2024',
    DATE '2023-10-17', 'DAY',
    'Press report citing Kyrgyzstan''s statistics for January–August 2023 trade with China.',
    'increased by 21.4 percent year-on-year'),
(10, 'National Statistical Committee of the Kyrgyz Republic (as reported)',
    'Belt and Road News',
    'Chinese-Kyrgyz trade turnover hits $2b in 2018',
    'https://www.beltandroad.news/chinese-kyrgyz-trade-turnover-hits-2b-in-2018/',
    DATE '2019-02-12', 'DAY',
    'Press report of Kyrgyzstan''s 2018 statistics for trade with China (imports and exports). The page''s '
    || 'wording for these figures was not recorded; the figures were.',
    NULL),
(11, 'Daryo (press report)',
    'Daryo',
    'Kyrgyzstan-China trade hits $19.8bn in 2023',
    'https://daryo.uz/en/2024/05/19/kyrgyzstan-china-trade-hits-198bn-in-2023',
    DATE '2024-05-19', 'DAY',
    'Press report (2024-05-19): in May 2024 the Kyrgyz government proposed round-the-clock operation of Torugart '
    || 'and Irkeshtam and a capacity of 1,000 vehicles per day, and China''s vice-premier spoke of plans to open '
    || 'the Bedel checkpoint in 2024. The page''s wording was not recorded; these facts were.',
    NULL);

SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source));

INSERT INTO trade_observation
    (reporter, partner, flow, commodity, period_kind, first_month, last_month, value_usd, source_id, quote) VALUES
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-11-01', 19863000000, 1,
    'in January-November 2024, trade between the countries reached $19,863 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 22071000000, 1,
    'at year-end 2024 — $22,071 billion'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2023-01-01', DATE '2023-12-01', 19800000000, 3,
    '28.8 percent increase'),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 22700000000, 4,
    '+$2.9 billion'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2024-01-01', DATE '2024-11-01', 5100000000, 5, NULL),
('CHN', 'KGZ', 'TURNOVER', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 4820000000, 6, NULL),
('CHN', 'KGZ', 'IMPORT', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 22000000, 6,
    'just $22mn ... Kyrgyz exports'),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 1630000000, 7, NULL),
('KGZ', 'CHN', 'EXPORT', 'TOTAL', 'QUARTER', DATE '2024-01-01', DATE '2024-03-01', 18800000, 7, NULL),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 5300000000, 8,
    'increased by 44.7 percent'),
('KGZ', 'CHN', 'EXPORT', 'TOTAL', 'YEAR', DATE '2024-01-01', DATE '2024-12-01', 2040000000, 8, NULL),
('KGZ', 'CHN', 'TURNOVER', 'TOTAL', 'CUMULATIVE', DATE '2023-01-01', DATE '2023-08-01', 3176000000, 9,
    'increased by 21.4 percent year-on-year'),
('KGZ', 'CHN', 'IMPORT', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 1900000000, 10, NULL),
('KGZ', 'CHN', 'EXPORT', 'TOTAL', 'YEAR', DATE '2018-01-01', DATE '2018-12-01', 61200000, 10, NULL);

-- Checkpoints. Bedel: the source notes its opening without a date, so no date is stored.
INSERT INTO checkpoint (code, name, country_a, country_b, status, status_source_id, status_quote) VALUES
('torugart', 'Torugart', 'KGZ', 'CHN', 'OPERATING', 2,
    'Since March 1 last year, the Kyrgyz Republic transferred Torugart and Irkeshtam checkpoints to a 24-hour work mode, and the Chinese side increased their work to 14 hours a day.'),
('irkeshtam', 'Irkeshtam', 'KGZ', 'CHN', 'OPERATING', 2,
    'Since March 1 last year, the Kyrgyz Republic transferred Torugart and Irkeshtam checkpoints to a 24-hour work mode, and the Chinese side increased their work to 14 hours a day.'),
('bedel', 'Bedel', 'KGZ', 'CHN', 'OPENING_ANNOUNCED', 2,
    'The President noted the opening of the third checkpoint Bedel');

-- "Since March 1 last year" in an interview of 2025-02-04: both sides change on 2024-03-01.
INSERT INTO checkpoint_schedule (checkpoint_code, side, hours_per_day, effective_from, source_id, quote)
SELECT c.code, s.side, s.hours, DATE '2024-03-01', 2,
    'Since March 1 last year, the Kyrgyz Republic transferred Torugart and Irkeshtam checkpoints to a 24-hour work mode, and the Chinese side increased their work to 14 hours a day.'
FROM (VALUES ('torugart'), ('irkeshtam')) AS c (code)
CROSS JOIN (VALUES ('KGZ', 24), ('CHN', 14)) AS s (side, hours);

INSERT INTO project (code, name, type, status, initiative, description, status_source_id, status_quote) VALUES
('china-kyrgyzstan-uzbekistan-railway', 'China–Kyrgyzstan–Uzbekistan railway', 'RAILWAY', 'LAUNCHED',
    'Belt and Road Initiative',
    'A railway connecting China with the states of Central Asia, the Middle East and Europe through Kyrgyzstan and '
    || 'Uzbekistan, in line with the Belt and Road Initiative ("One Belt — One Road").', 2,
    'The head of state paid special attention to the launch of China-Kyrgyzstan-Uzbekistan railway on December 27, 2024, calling it a strategic project that will strengthen the role of the republic as a transit hub of Eurasia.'),
('barskoon-uchturfan-aksu-highway', 'Barskoon–Uchturfan–Aksu highway', 'ROAD', 'UNDER_CONSTRUCTION', NULL,
    'A highway between Barskoon (Kyrgyzstan) and Uchturfan and Aksu (China), expected to increase cargo flow.', 2,
    'The President noted the opening of the third checkpoint Bedel and the construction of Barskoon — Uchturfan — Aksu highway, which will increase cargo flow.'),
('two-countries-two-parks', 'Two Countries – Two Parks', 'ECONOMIC_ZONE', 'IN_IMPLEMENTATION', NULL,
    'Links the Kashgar free economic zone (PRC) and Naryn (Kyrgyzstan) to develop e-commerce.', 2,
    'The project Two countries — Two Parks is also being implemented between Kashgar FEZ (PRC) and Naryn (Kyrgyzstan) to develop e-commerce.'),
('irkeshtam-agro-processing-park', 'Agricultural processing industrial park at Irkeshtam', 'INDUSTRIAL_PARK', 'BUILT',
    NULL, 'An industrial park for processing agricultural products, built at the Irkeshtam checkpoint.', 2,
    'An industrial park has already been built at Irkeshtam checkpoint for processing agricultural products.'),
('kyrgyz-organic-exports-protocols', 'Protocols for exporting Kyrgyz organic products to China', 'TRADE_PROTOCOL',
    'NEGOTIATING', NULL, 'Phytosanitary and trade protocols for the export of Kyrgyz organic products to China.', 2,
    'In agriculture, the parties are coordinating protocols for the export of Kyrgyz organic products to China.');

INSERT INTO project_country (project_code, country_code) VALUES
('china-kyrgyzstan-uzbekistan-railway', 'CHN'), ('china-kyrgyzstan-uzbekistan-railway', 'KGZ'),
('china-kyrgyzstan-uzbekistan-railway', 'UZB'),
('barskoon-uchturfan-aksu-highway', 'KGZ'), ('barskoon-uchturfan-aksu-highway', 'CHN'),
('two-countries-two-parks', 'CHN'), ('two-countries-two-parks', 'KGZ'),
('irkeshtam-agro-processing-park', 'KGZ'), ('irkeshtam-agro-processing-park', 'CHN'),
('kyrgyz-organic-exports-protocols', 'KGZ'), ('kyrgyz-organic-exports-protocols', 'CHN');

INSERT INTO project_checkpoint (project_code, checkpoint_code) VALUES
('irkeshtam-agro-processing-park', 'irkeshtam');

INSERT INTO project_milestone (project_code, title, occurred_on, date_precision, source_id, quote) VALUES
('china-kyrgyzstan-uzbekistan-railway', 'Railway launched', DATE '2024-12-27', 'DAY', 2,
    'The head of state paid special attention to the launch of China-Kyrgyzstan-Uzbekistan railway on December 27, 2024');

INSERT INTO corridor_event (id, kind, title, occurred_on, date_precision, certainty, source_id, quote) VALUES
(1, 'RELATIONS', 'Relations raised to a comprehensive strategic partnership after the Xi’an summit',
    DATE '2023-01-01', 'YEAR', 'OCCURRED', 2,
    'Sadyr Japarov highly praised the elevation of relations to the level of a comprehensive strategic partnership following the Xi’an Summit in 2023'),
(2, 'PROPOSAL', 'Kyrgyz government proposes round-the-clock operation of Torugart and Irkeshtam, 1,000 vehicles per day',
    DATE '2024-05-01', 'MONTH', 'OCCURRED', 11, NULL),
(3, 'ANNOUNCEMENT', 'China''s vice-premier speaks of plans to open the Bedel checkpoint in 2024',
    DATE '2024-05-01', 'MONTH', 'OCCURRED', 11, NULL),
(4, 'STATE_VISIT', 'State visit of the President of Kyrgyzstan to China: opening of the Asian Winter Games in Harbin, talks with Xi Jinping',
    DATE '2025-02-01', 'MONTH', 'PLANNED', 2,
    'In February of this year, the head of state will visit China to participate in the opening of the Asian Winter Games in Harbin and hold talks with Chinese President Xi Jinping.'),
(5, 'AGREEMENT', 'Joint declaration and documents strengthening the partnership, to be signed during the state visit',
    DATE '2025-02-01', 'MONTH', 'PLANNED', 2,
    'It is planned to sign a joint declaration and documents strengthening the partnership.'),
(6, 'SUMMIT', 'SCO summit under China’s chairmanship', DATE '2025-01-01', 'YEAR', 'PLANNED', 2,
    'He also expressed confidence that the upcoming SCO summit, under China’s chairmanship in 2025, will strengthen the organization’s role.');

SELECT setval(pg_get_serial_sequence('corridor_event', 'id'), (SELECT max(id) FROM corridor_event));

INSERT INTO corridor_event_country (event_id, country_code) VALUES
(1, 'KGZ'), (1, 'CHN'), (2, 'KGZ'), (2, 'CHN'), (3, 'CHN'), (3, 'KGZ'), (4, 'KGZ'), (4, 'CHN'),
(5, 'KGZ'), (5, 'CHN'), (6, 'CHN'), (6, 'KGZ');

INSERT INTO corridor_event_checkpoint (event_id, checkpoint_code) VALUES
(2, 'torugart'), (2, 'irkeshtam'), (3, 'bedel');
