// Tasks whose text matches words, best match first: full-text search over every task's text.
// param: text string — words to look for, in Chinese as written (数字经济, 黄河 生态)
// param: region string = '' — only tasks of this region (a name or path ending: 济南市)
// param: limit int = 10 — how many tasks to show
// example: kg query task 数字经济
// example: kg query task 黄河生态保护 --region 济南市
// example: kg query task 垃圾分类 --param limit=3
// columns: score, region, seq, deadline, task, responsible, document
// prepare: task_search
// parity: set key
// :param text => '数字经济'
// :param region => ''
// :param limit => 10
// :param hits => COLLECT { CALL db.index.fulltext.queryNodes('kg_task_text', '数字经济') YIELD node, score RETURN {key: node.key, score: score} }
//
// $hits ([{key, score}], best first) is computed before the body runs (queries/prepare.py,
// task_search): in Neo4j Browser set it with the :param line above, which asks the same
// full-text index kg asks. When there are many hits, kg passes only those that can be
// shown: tasks of a document in the region asked for, the first $limit of them by score.
//
// The two stores rank with the same formula, BM25 (Lucene's, k1 = 1.2, b = 0.75), over
// different terms. Neo4j's index kg_task_text uses Lucene's CJK analyzer, whose terms are
// overlapping pairs of characters (生态保护 → 生态 态保 保护); the embedded store ranks in kg,
// over jieba's search-mode words (生态保护 → 生态 保护; 中华人民共和国 → 中华 华人 人民 共和
// 共和国 中华人民共和国), a few function words (的 和 与 …) left out. A task holding the words
// asked for as written comes first on both; further down the order and the set can differ
// (a character pair also matches across word boundaries and inside longer words, a jieba
// word only as a whole), and scores are not comparable between the stores. Every distinct
// term asked for counts (OR), none is required.
UNWIND $hits AS hit
MATCH (t:Task {key: hit.key})-[:PART_OF]->(doc:Document)
WHERE $region = '' OR t.region ENDS WITH $region
OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(t)
WITH hit.score AS score, t.key AS key, t.region AS region, t.seq AS seq, t.deadline AS deadline, t.text AS task,
     doc.title AS document, doc.key AS documentKey, collect(a.name + ' (' + r.role + ')') AS responsible
RETURN score, region, seq, deadline, task, responsible, document, documentKey, key
ORDER BY score DESC, key
LIMIT $limit
