// A document: what it is, who issued or gave it, and what kg took from it (tasks, leaders, initiatives, targets).
// param: key string — the document's key, or its first characters (see kg query documents)
// example: kg query document 3d2b62df
// :param key => '3d2b62df'
MATCH (d:Document)
WHERE d.key STARTS WITH $key
OPTIONAL MATCH (t:Task)-[:PART_OF]->(d)
WITH d, count(t) AS tasks
OPTIONAL MATCH (l:Leader)
WHERE d.key IN l.documents
WITH d, tasks, collect(DISTINCT l.name) AS leaders
OPTIONAL MATCH (p:Project)
WHERE d.key IN p.documents
WITH d, tasks, leaders, collect(DISTINCT p.name) AS projects
OPTIONAL MATCH (s:Strategy)
WHERE d.key IN s.documents
WITH d, tasks, leaders, projects, collect(DISTINCT s.name) AS strategies
RETURN d.key AS key, d.kind AS kind, d.title AS title, d.issuer AS issuer, d.number AS number, d.date AS date,
       d.region AS region, d.congress AS congress, d.speaker AS speaker, d.speakerTitle AS speakerTitle,
       tasks, leaders, projects, strategies, d.targets AS targets, d.encoding AS encoding, d.source AS source, d.loadedAt AS loadedAt
ORDER BY key
