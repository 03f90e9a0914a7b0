// What the graph holds, per document: how many nodes of each label and relationships of each type each document stated, and the totals.
// param: document string = '' — only this document (its key or first characters; see kg query documents)
// example: kg query stats
// example: kg query stats --param document=40596a78
// columns: document, title, kind, name, count
// :param document => ''
//
// A node or relationship counts for every document that states it (its `documents`), so
// the per-document counts add up to more than the totals. The totals are the rows with
// document "(all)", shown when no document is asked for.
MATCH (n)
WHERE labels(n)[0] <> 'Extraction' AND $document = ''
RETURN '(all)' AS document, '' AS title, 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
WHERE $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, type(r) AS name, count(*) AS count
UNION ALL
MATCH (n)
WHERE labels(n)[0] <> 'Extraction'
UNWIND n.documents AS dk
WITH dk, labels(n)[0] AS name, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'node' AS kind, name, count
UNION ALL
MATCH ()-[r]->()
UNWIND r.documents AS dk
WITH dk, type(r) AS name, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, name, count
