// How two entities are linked: the shortest chains of relationships between them (up to 6 steps), each step with its evidence.
// param: a string — where the chain starts: a name, alias or key of any entity (leader, department, region, project, strategy, task, document)
// param: b string — where it ends: a name, alias or key, as for a
// param: paths int = 10 — how many of the shortest chains to show (sorted by the names along them)
// example: kg query path 郑德雁 市财政局
// example: kg query path 赵豪志 郑德雁 --param paths=3
// example: kg query path 孙述涛 起步区
// columns: path, step, from, direction, type, detail, to
// finish: path_steps
// :param a => '郑德雁'
// :param b => '市财政局'
// :param paths => 10
//
// kg shows one row per step (queries/prepare.py, path_steps): path number, step, the two
// entities and their labels, the relationship's type, its direction ('->' when it points
// from `from` to `to`), its role or title, and its evidence. In Neo4j Browser the body
// below draws the chains as a graph. An entity named in several places (a leader's name in
// two regions) gives the chains from each. Chains longer than 6 steps are not looked for.
// $paths only limits what kg shows; in Neo4j Browser every shortest chain is drawn.
MATCH (a)
WHERE (a.name = $a OR $a IN a.aliases OR a.key = $a) AND labels(a)[0] <> 'Extraction'
MATCH (b)
WHERE (b.name = $b OR $b IN b.aliases OR b.key = $b) AND labels(b)[0] <> 'Extraction'
  AND NOT (a.key = b.key AND labels(a)[0] = labels(b)[0])
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN nodes(p) AS nodes, relationships(p) AS relationships
