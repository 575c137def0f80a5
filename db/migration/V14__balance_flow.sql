-- The trade balance (EXPORT − IMPORT) as a flow. Most balances are derived from the two flows, but a
-- published balance figure ("a deficit of $5 billion") is stored as it was published, with its sign:
-- a balance is the only figure that can be negative.

ALTER TABLE trade_observation DROP CONSTRAINT observation_flow;
ALTER TABLE trade_observation ADD CONSTRAINT observation_flow
    CHECK (flow IN ('EXPORT', 'IMPORT', 'TURNOVER', 'BALANCE'));

ALTER TABLE trade_observation DROP CONSTRAINT observation_value_not_negative;
ALTER TABLE trade_observation ADD CONSTRAINT observation_value_not_negative
    CHECK (value_usd >= 0 OR flow = 'BALANCE');
