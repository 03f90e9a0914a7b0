// The strongest partnerships: department–department and leader–leader pairs sharing the most tasks, with the tasks behind each.
// param: region string = '' — only pairs in this region (a name or path ending: 聊城市, 济南市)
// param: label string = '' — only Department pairs or only Leader pairs ('' both)
// param: limit int = 20 — how many pairs to show
// example: kg query cooperation
// example: kg query cooperation --region 济南市
// example: kg query cooperation --region 聊城市 --param label=Department --param limit=5
// columns: weight, region, label, actor, partner, tasks
// :param region => ''
// :param label => ''
// :param limit => 20
//
// A pair's weight is the number of tasks both are responsible for (COOPERATES_WITH.weight,
// computed when documents are loaded); `tasks` names them, `via` gives their keys and
// `evidence` the sentences. Each pair is one row (the relationship is stored once per pair).
MATCH (a:Leader|Department)-[c:COOPERATES_WITH]->(b:Leader|Department)
WHERE ($region = '' OR a.region ENDS WITH $region OR b.region ENDS WITH $region)
  AND ($label = '' OR labels(a)[0] = $label)
WITH a, b, c
ORDER BY c.weight DESC, a.key, b.key
LIMIT $limit
UNWIND c.via AS via
MATCH (t:Task {key: via})
WITH a, b, c, collect(t.name) AS tasks
RETURN c.weight AS weight, a.region AS region, labels(a)[0] AS label, a.name AS actor, b.name AS partner,
       tasks, c.via AS via, c.evidence AS evidence, a.key AS actorKey, b.key AS partnerKey
ORDER BY weight DESC, actorKey, partnerKey
