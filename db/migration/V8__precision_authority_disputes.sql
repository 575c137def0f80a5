-- How sure a figure is: the precision it was published at, whether its words make it a bound or an
-- approximation, the growth rate its source states, and who states it (the source's authority).
-- See docs/methodology.md.

-- Who states the figures of a source: the agency's own table or release, an official speaking
-- (speech, interview, press conference, cabinet statement, even when a news page carries the
-- words), or media reporting statistics with no official speaking.
ALTER TABLE source
    ADD COLUMN authority text NOT NULL DEFAULT 'PRESS'
        CONSTRAINT source_authority CHECK (authority IN ('STATISTICAL_RELEASE', 'OFFICIAL_STATEMENT', 'PRESS'));

ALTER TABLE trade_observation
    -- the unit of the last digit as published: 100000000 for "$19.8 billion", 0 when exact
    ADD COLUMN precision_usd numeric NOT NULL DEFAULT 0
        CONSTRAINT observation_precision_not_negative CHECK (precision_usd >= 0),
    -- the source's words make the value approximate: "about" (ABOUT), "more than" / "over"
    -- (AT_LEAST: the value is a lower bound), "nearly" / "almost" (AT_MOST: an upper bound)
    ADD COLUMN qualifier text
        CONSTRAINT observation_qualifier CHECK (qualifier IN ('ABOUT', 'AT_LEAST', 'AT_MOST')),
    -- the growth over the same period a year earlier that the source itself states, in percent
    ADD COLUMN stated_change_percent numeric
        CONSTRAINT observation_stated_change_sane CHECK (stated_change_percent >= -100),
    ADD CONSTRAINT observation_qualified_has_precision CHECK (qualifier IS NULL OR precision_usd > 0);

-- The seed's sources, by who states their figures.
UPDATE source SET authority = 'OFFICIAL_STATEMENT' WHERE id IN (1, 2, 8, 10);

-- The seed's figures: the unit of the last digit of each as its source writes it. (New columns of
-- existing rows; the figures' values are unchanged.)
UPDATE trade_observation o SET precision_usd = p.precision_usd, stated_change_percent = p.stated
FROM (VALUES
    -- "$19,863 billion" (decimal comma), "$22,071 billion"
    ('CHN', 'KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-11-01', 1::bigint, 1000000::numeric, NULL::numeric),
    ('CHN', 'KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-12-01', 1, 1000000, NULL),
    -- "$19.8 billion", "28.8 percent increase"
    ('CHN', 'KGZ', 'TURNOVER', DATE '2023-01-01', DATE '2023-12-01', 3, 100000000, 28.8),
    -- "$22.7 billion"
    ('CHN', 'KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-12-01', 4, 100000000, NULL),
    -- "$5.1 billion"
    ('KGZ', 'CHN', 'TURNOVER', DATE '2024-01-01', DATE '2024-11-01', 5, 100000000, NULL),
    -- "$4.82bn", "$22mn"
    ('CHN', 'KGZ', 'TURNOVER', DATE '2024-01-01', DATE '2024-03-01', 6, 10000000, NULL),
    ('CHN', 'KGZ', 'IMPORT', DATE '2024-01-01', DATE '2024-03-01', 6, 1000000, NULL),
    -- "$1.63bn", "$18.8mn"
    ('KGZ', 'CHN', 'TURNOVER', DATE '2024-01-01', DATE '2024-03-01', 7, 10000000, NULL),
    ('KGZ', 'CHN', 'EXPORT', DATE '2024-01-01', DATE '2024-03-01', 7, 100000, NULL),
    -- "$5.3 billion", "increased by 44.7 percent"; "$2.04 billion"
    ('KGZ', 'CHN', 'TURNOVER', DATE '2024-01-01', DATE '2024-12-01', 8, 100000000, 44.7),
    ('KGZ', 'CHN', 'EXPORT', DATE '2024-01-01', DATE '2024-12-01', 8, 10000000, NULL),
    -- "$3.176 billion", "increased by 21.4 percent year-on-year"
    ('KGZ', 'CHN', 'TURNOVER', DATE '2023-01-01', DATE '2023-08-01', 9, 1000000, 21.4),
    -- "$ 1.9 billion" (imports, +30 %), "$ 61.2 million" (exports, −38 %)
    ('KGZ', 'CHN', 'IMPORT', DATE '2018-01-01', DATE '2018-12-01', 10, 100000000, 30),
    ('KGZ', 'CHN', 'EXPORT', DATE '2018-01-01', DATE '2018-12-01', 10, 100000, -38)
) AS p (reporter, partner, flow, first_month, last_month, source_id, precision_usd, stated)
WHERE o.reporter = p.reporter AND o.partner = p.partner AND o.flow = p.flow AND o.commodity = 'TOTAL'
  AND o.first_month = p.first_month AND o.last_month = p.last_month AND o.source_id = p.source_id;

-- Every seeded figure got its precision.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM trade_observation WHERE loaded_by = 'seed' AND precision_usd = 0) THEN
        RAISE EXCEPTION 'a seeded figure has no precision';
    END IF;
END $$;
