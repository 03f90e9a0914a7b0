// The documents in the graph: kind, title, where each was read from and when it was loaded.
// example: kg query documents
MATCH (d:Document)
OPTIONAL MATCH (t:Task)-[:PART_OF]->(d)
WITH d, count(t) AS tasks
RETURN d.key AS key, d.kind AS kind, d.title AS title, d.issuer AS issuer, d.date AS date,
       tasks, d.encoding AS encoding, d.source AS source, d.loadedAt AS loadedAt
ORDER BY loadedAt, key
