// Where a leader appears: each document that names them, with the title it gives and whether they gave the report.
// param: name string — the leader's name or one of its aliases
// param: region string = '' — only the leader of this region (a name or path ending)
// example: kg query appearances 赵豪志
// columns: leader, region, kind, date, document, speaker, titles
// :param name => '赵豪志'
// :param region => ''
MATCH (l:Leader)
WHERE (l.name = $name OR $name IN l.aliases) AND ($region = '' OR l.region ENDS WITH $region)
MATCH (d:Document)
WHERE d.key IN l.documents
OPTIONAL MATCH (l)-[s:SERVES_IN]->(:Region)
WITH l, d, collect(DISTINCT s.title) AS titles
RETURN l.name AS leader, l.region AS region, d.kind AS kind, d.date AS date, d.title AS document, d.key AS documentKey,
       coalesce(d.speaker = l.name, false) AS speaker, titles
ORDER BY region, date, documentKey
