// The most connected actors: leaders and departments by PageRank in the cooperation graph, with their number of partners and tasks.
// param: label string = '' — only Leader or only Department ('' both)
// param: region string = '' — only actors of this region (a name or path ending: 聊城市)
// param: limit int = 20 — how many actors to show
// example: kg query central
// example: kg query central --label Leader
// example: kg query central --region 聊城市 --param label=Department --param limit=5
// columns: pagerank, degree, tasks, label, region, name
// prepare: pagerank
// :param label => ''
// :param region => ''
// :param limit => 20
// :param scores => COLLECT { MATCH (a:Leader|Department) RETURN {label: labels(a)[0], key: a.key, score: 0.0} }
//
// $scores ([{label, key, score}]) is computed before the body runs (queries/prepare.py,
// pagerank): networkx's PageRank (damping 0.85) over the undirected graph of every leader
// and department, joined by COOPERATES_WITH and weighted by the tasks a pair shares, over
// the whole graph (label and region only choose what is shown); rounded to 6 decimals.
// Only the actors that can be shown are passed: of the label and region asked for, and
// the first $limit by score with any tied with the last of them (kg computes the scores
// once per graph; the body below counts partners and tasks for those actors only).
// Leaders cooperate with leaders and departments with departments, so the two kinds rank
// within their own parts of the graph. Neo4j Browser cannot run networkx: the :param line
// above gives every actor score 0, which ranks them by degree (partners) instead.
// degree: how many partners (COOPERATES_WITH); tasks: how many tasks it is responsible for.
UNWIND $scores AS s
WITH s
WHERE $label = '' OR s.label = $label
MATCH (a:Leader|Department {key: s.key})
WHERE labels(a)[0] = s.label AND ($region = '' OR a.region ENDS WITH $region)
OPTIONAL MATCH (a)-[c:COOPERATES_WITH]-(:Leader|Department)
WITH a, s, count(c) AS degree
OPTIONAL MATCH (a)-[:RESPONSIBLE_FOR]->(t:Task)
WITH a, s, degree, count(DISTINCT t) AS tasks
RETURN s.score AS pagerank, degree, tasks, s.label AS label, a.region AS region, a.name AS name, a.key AS key
ORDER BY pagerank DESC, degree DESC, label, key
LIMIT $limit
