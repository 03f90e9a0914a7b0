// A region: where it sits, the regions in it, the leaders serving in it, its departments and the documents about it.
// param: name string — the region's name, short name or path (历城区, 济南市, 山东省/济南市)
// example: kg query region 济南市
// example: kg query region 兰陵镇
// :param name => '济南市'
MATCH (g:Region)
WHERE g.name = $name OR $name IN g.aliases OR g.key = $name
OPTIONAL MATCH (g)-[:PART_OF]->(x:Region)
RETURN g.key AS region, g.level AS level, 'part of' AS kind, x.name AS name, x.level AS detail
UNION ALL
MATCH (g:Region)
WHERE g.name = $name OR $name IN g.aliases OR g.key = $name
MATCH (x:Region)-[:PART_OF]->(g)
RETURN g.key AS region, g.level AS level, 'contains' AS kind, x.name AS name, x.level AS detail
UNION ALL
MATCH (g:Region)
WHERE g.name = $name OR $name IN g.aliases OR g.key = $name
MATCH (x:Leader)-[s:SERVES_IN]->(g)
RETURN g.key AS region, g.level AS level, 'leader' AS kind, x.name AS name, s.title AS detail
UNION ALL
MATCH (g:Region)
WHERE g.name = $name OR $name IN g.aliases OR g.key = $name
MATCH (x:Department)-[:PART_OF]->(g)
RETURN g.key AS region, g.level AS level, 'department' AS kind, x.name AS name, x.kind AS detail
UNION ALL
MATCH (g:Region)
WHERE g.name = $name OR $name IN g.aliases OR g.key = $name
MATCH (x:Document)
WHERE x.region = g.key
RETURN g.key AS region, g.level AS level, 'document' AS kind, x.title AS name, x.kind AS detail
