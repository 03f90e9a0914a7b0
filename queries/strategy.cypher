// A strategy: its aliases, the strategy it belongs to, the projects and campaigns under it, and the tasks that advance it.
// param: name string — the strategy's name or an alias (e.g. 新旧动能转换, 15个攻势, 乡村振兴)
// example: kg query strategy 新旧动能转换
// example: kg query strategy 15个攻势
// columns: strategy, partOf, parts, seq, task, responsible, document
// :param name => '新旧动能转换'
MATCH (s:Strategy)
WHERE s.name = $name OR $name IN s.aliases
OPTIONAL MATCH (s)-[:PART_OF]->(up:Strategy)
WITH s, collect(DISTINCT up.name) AS partOf
OPTIONAL MATCH (part)-[:PART_OF]->(s)
WITH s, partOf, collect(DISTINCT part.name) AS parts
OPTIONAL MATCH (t:Task)-[:CONCERNS]->(s)
OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(t)
WITH s, partOf, parts, t, collect(DISTINCT (a.name + ' (' + r.role + ')')) AS responsible
OPTIONAL MATCH (t)-[:PART_OF]->(d:Document)
RETURN s.name AS strategy, s.aliases AS aliases, partOf, parts,
       t.seq AS seq, t.text AS task, responsible, d.title AS document, d.key AS documentKey
ORDER BY strategy, documentKey, t.ordinal
