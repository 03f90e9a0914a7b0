// A document: what it is, who issued or gave it, and what kg took from it (tasks, leaders, initiatives, targets).
// param: key string — the document's key, or its first characters (see kg query documents)
// example: kg query document dc1cc2c7
// :param key => 'dc1cc2c7'
MATCH (d:Document)
WHERE d.key STARTS WITH $key
OPTIONAL MATCH (t:Task)-[:PART_OF]->(d)
WITH d, count(t) AS tasks
OPTIONAL MATCH (x:Leader|Project|Strategy)
WHERE d.key IN x.documents
WITH d, tasks,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Leader' THEN x.name END) AS leaders,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Project' THEN x.name END) AS projects,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Strategy' THEN x.name END) AS strategies
RETURN d.key AS key, d.kind AS kind, d.title AS title, d.issuer AS issuer, d.number AS number, d.date AS date,
       d.region AS region, d.congress AS congress, d.speaker AS speaker, d.speakerTitle AS speakerTitle,
       tasks, leaders, projects, strategies, d.targets AS targets, d.encoding AS encoding, d.source AS source, d.loadedAt AS loadedAt
ORDER BY key
