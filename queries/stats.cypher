// What the graph holds, per document: how many nodes of each label and relationships of each type each document stated, and the totals.
// param: document string = '' — only this document (its key or first characters; see kg query documents)
// example: kg query stats
// example: kg query stats --param document=13c772d3
// columns: document, title, kind, name, count
// :param document => ''
//
// A node or relationship counts for every document that states it (its `documents`), so
// the per-document counts add up to more than the totals. The totals are the rows with
// document "(all)", shown when no document is asked for.
//
// The labels and types are kg's (graph/schema.py; tests/test_templates.py checks that none
// is missing): on Neo4j, nodes are then read by label, not every node in the store, each
// relationship type's total comes from the count store, and the relationships are read one
// type at a time (a type's index, not the whole store). Labels and types kg does not own
// are not counted.
MATCH (n:Region|Leader|Department|Project|Strategy|Task|Document)
WHERE $document = ''
RETURN '(all)' AS document, '' AS title, 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->() WITH count(*) AS count WHERE count > 0 AND $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, 'RESPONSIBLE_FOR' AS name, count
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() WITH count(*) AS count WHERE count > 0 AND $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, 'COOPERATES_WITH' AS name, count
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(*) AS count WHERE count > 0 AND $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, 'PART_OF' AS name, count
UNION ALL
MATCH ()-[r:SERVES_IN]->() WITH count(*) AS count WHERE count > 0 AND $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, 'SERVES_IN' AS name, count
UNION ALL
MATCH ()-[r:CONCERNS]->() WITH count(*) AS count WHERE count > 0 AND $document = ''
RETURN '(all)' AS document, '' AS title, 'relationship' AS kind, 'CONCERNS' AS name, count
UNION ALL
MATCH (n:Region|Leader|Department|Project|Strategy|Task|Document)
UNWIND n.documents AS dk
WITH dk, labels(n)[0] AS name, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'node' AS kind, name, count
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->() UNWIND r.documents AS dk WITH dk, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, 'RESPONSIBLE_FOR' AS name, count
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() UNWIND r.documents AS dk WITH dk, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, 'COOPERATES_WITH' AS name, count
UNION ALL
MATCH ()-[r:PART_OF]->() UNWIND r.documents AS dk WITH dk, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, 'PART_OF' AS name, count
UNION ALL
MATCH ()-[r:SERVES_IN]->() UNWIND r.documents AS dk WITH dk, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, 'SERVES_IN' AS name, count
UNION ALL
MATCH ()-[r:CONCERNS]->() UNWIND r.documents AS dk WITH dk, count(*) AS count
MATCH (d:Document {key: dk})
WHERE d.key STARTS WITH $document
RETURN d.key AS document, d.title AS title, 'relationship' AS kind, 'CONCERNS' AS name, count
