// How two entities are linked: the shortest chains of relationships between them (up to 6 steps), each step with its evidence.
// param: a string — where the chain starts: a name, alias or key of any entity (leader, department, region, project, strategy, task, document)
// param: b string — where it ends: a name, alias or key, as for a
// param: paths int = 10 — how many of the shortest chains to show
// example: kg query path 郑德雁 市财政局
// example: kg query path 赵豪志 郑德雁 --param paths=3
// example: kg query path 孙述涛 起步区
// columns: path, step, from, direction, type, detail, to
// prepare: shortest_chains
// finish: chain_steps
// :param a => '郑德雁'
// :param b => '市财政局'
// :param paths => 10
// :param keys => COLLECT { MATCH (a) WHERE a.name = '郑德雁' OR '郑德雁' IN a.aliases OR a.key = '郑德雁' MATCH (b) WHERE (b.name = '市财政局' OR '市财政局' IN b.aliases OR b.key = '市财政局') AND b <> a MATCH p = allShortestPaths((a)-[*..6]-(b)) UNWIND nodes(p) AS n RETURN DISTINCT n.key }
//
// kg finds the chains itself (queries/chains.py, shortest_chains), over the graph's shape
// read once per graph: what Neo4j's allShortestPaths((a)-[*..6]-(b)) finds, for every
// entity called $a and every other entity called $b (by name, alias or key), in either
// direction; parallel relationships give one chain each. The first $paths chains are
// kept, in a stable order: step by step by the name of the entity reached (then its key
// and label, the relationship's type, direction and role). $keys lists the entities on
// them, and the body below reads the relationships among those entities, with their
// evidence; kg then shows one row per step (chain_steps): path number, step, the two
// entities and their labels, the relationship's type, its direction ('->' when it points
// from `from` to `to`), its role or title, and its evidence. An entity named in several
// places (a leader's name in two regions) gives the chains from each. In Neo4j Browser, the
// line above that sets $keys asks Neo4j's allShortestPaths for the same entities (every
// chain, not only the first $paths), and the body shows their relationships as a table.
MATCH (x:Region|Leader|Department|Project|Strategy|Task|Document)-[r]->(y:Region|Leader|Department|Project|Strategy|Task|Document)
WHERE x.key IN $keys AND y.key IN $keys
RETURN x.key AS xKey, labels(x)[0] AS xLabel, x.name AS xName, type(r) AS type,
       y.key AS yKey, labels(y)[0] AS yLabel, y.name AS yName,
       r.role AS role, r.title AS title, r.weight AS weight, r.evidence AS evidence
ORDER BY xLabel, xKey, type, yLabel, yKey, role
