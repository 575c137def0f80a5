-- Module contracts in the database (issue 16). Each feature owns its tables; where another feature
-- must filter by a source's publication in SQL (turnover's "as of" reads over millions of figures),
-- it reads this view, which the source module owns and keeps stable, instead of the source table.
CREATE VIEW source_published AS
SELECT id, publisher, outlet, title, url, published_on, published_precision, published_by,
       authority, wording
FROM source;

COMMENT ON VIEW source_published IS
    'The source module''s read contract for other features: a source as cited, with the last day it can have been published (published_by).';
