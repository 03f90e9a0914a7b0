// Who works with a department or leader: partners sharing tasks with it, strongest first, and the shared tasks.
// param: name string — a department's or leader's name or alias
// param: region string = '' — only the actor of this region (a name or path ending)
// example: kg query partners 市财政局 --region 聊城市
// example: kg query partners 郑德雁
// columns: actor, region, partner, partnerLabel, sharedTasks
// :param name => '市财政局'
// :param region => ''
//
// a's labels are those COOPERATES_WITH joins (graph/schema.py): on Neo4j the name is then
// looked for among those nodes only, not among every node.
// tasks: each shared task as "seq. text [key]", readable with its key alongside; taskKeys: the keys alone.
MATCH (a:Leader|Department|Region)-[c:COOPERATES_WITH]-(b)
WHERE (a.name = $name OR $name IN a.aliases) AND ($region = '' OR a.region ENDS WITH $region)
OPTIONAL MATCH (t:Task)
WHERE t.key IN c.via
WITH a, b, c, collect(t.seq + '. ' + t.text + ' [' + t.key + ']') AS tasks
RETURN a.name AS actor, a.region AS region, labels(b)[0] AS partnerLabel, b.name AS partner,
       c.weight AS sharedTasks, tasks, c.via AS taskKeys
ORDER BY region, sharedTasks DESC, partner
