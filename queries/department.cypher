// The tasks a department leads or supports, with the leaders and the other units on each.
// param: name string — the department's name or an alias (市发改委 finds 市发展和改革委员会)
// param: region string = '' — only the department of this region (a name or path ending: 聊城市)
// example: kg query department 市发展改革委
// example: kg query department 市财政局 --region 聊城市
// columns: region, role, seq, task, leaders, otherUnits, document
// :param name => '市发展改革委'
// :param region => ''
MATCH (d:Department)
WHERE (d.name = $name OR $name IN d.aliases) AND ($region = '' OR d.region ENDS WITH $region)
MATCH (d)-[r:RESPONSIBLE_FOR]->(t:Task)-[:PART_OF]->(doc:Document)
OPTIONAL MATCH (x)-[:RESPONSIBLE_FOR]->(t)
WITH d, r, t, doc,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Leader' THEN x.name END) AS leaders,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Department' AND x.key <> d.key THEN x.name END) AS otherUnits
RETURN d.name AS department, d.region AS region, r.role AS role, t.seq AS seq, t.text AS task,
       leaders, otherUnits, doc.title AS document, doc.key AS documentKey, r.evidence AS evidence
ORDER BY region, role, documentKey, t.ordinal
