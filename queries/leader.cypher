// A leader's responsibilities: each task with role, deadline, document and evidence, the co-responsible leaders and the departments leading it.
// param: name string — the leader's name or one of its aliases
// param: region string = '' — only the leader of this region (a name or path ending: 济南市, 山东省/济南市)
// example: kg query leader 郑德雁
// example: kg query leader 陈秀兴 --region 聊城市
// columns: region, seq, role, deadline, task, coLeaders, leadDepartments, document
// :param name => '郑德雁'
// :param region => ''
MATCH (l:Leader)
WHERE (l.name = $name OR $name IN l.aliases) AND ($region = '' OR l.region ENDS WITH $region)
MATCH (l)-[r:RESPONSIBLE_FOR]->(t:Task)-[:PART_OF]->(doc:Document)
OPTIONAL MATCH (x)-[q:RESPONSIBLE_FOR]->(t)
WITH l, r, t, doc,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Leader' AND x.key <> l.key THEN x.name END) AS coLeaders,
     collect(DISTINCT CASE WHEN labels(x)[0] = 'Department' AND q.role = 'lead' THEN x.name END) AS leadDepartments
RETURN l.name AS leader, l.region AS region, l.titles AS titles, r.role AS role,
       t.seq AS seq, t.deadline AS deadline, t.deadlineDate AS deadlineDate, t.text AS task,
       coLeaders, leadDepartments, doc.title AS document, doc.key AS documentKey, r.evidence AS evidence
ORDER BY region, documentKey, t.ordinal
