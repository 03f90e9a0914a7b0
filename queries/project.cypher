// A project: what it is part of, its aliases, the tasks that concern it and who is responsible for them.
// param: name string — the project's name or an alias (起步区 finds 新旧动能转换起步区)
// example: kg query project 起步区
// example: kg query project 上合示范区 --format json
// columns: project, partOf, seq, task, responsible, document
// :param name => '起步区'
MATCH (p:Project)
WHERE p.name = $name OR $name IN p.aliases
OPTIONAL MATCH (p)-[:PART_OF]->(up)
WITH p, collect(DISTINCT up.name) AS partOf
OPTIONAL MATCH (t:Task)-[:CONCERNS]->(p)
OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(t)
WITH p, partOf, t, collect(DISTINCT (a.name + ' (' + r.role + ')')) AS responsible
OPTIONAL MATCH (t)-[:PART_OF]->(d:Document)
RETURN p.name AS project, p.aliases AS aliases, p.region AS region, partOf,
       t.seq AS seq, t.text AS task, responsible, d.title AS document, d.key AS documentKey
ORDER BY project, documentKey, t.ordinal
