// How many nodes of each label and relationships of each type the graph holds.
// example: kg query counts
//
// The labels and types are kg's (graph/schema.py; tests/test_templates.py checks that none
// is missing): on Neo4j, nodes are then read by label, not every node in the store, and each
// relationship type is counted from the count store, without reading a relationship.
// A type with no relationships gives no row. Labels and types kg does not own are not counted.
MATCH (n:Region|Leader|Department|Project|Strategy|Task|Document)
RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->() WITH count(*) AS count WHERE count > 0
RETURN 'relationship' AS kind, 'RESPONSIBLE_FOR' AS name, count
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() WITH count(*) AS count WHERE count > 0
RETURN 'relationship' AS kind, 'COOPERATES_WITH' AS name, count
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(*) AS count WHERE count > 0
RETURN 'relationship' AS kind, 'PART_OF' AS name, count
UNION ALL
MATCH ()-[r:SERVES_IN]->() WITH count(*) AS count WHERE count > 0
RETURN 'relationship' AS kind, 'SERVES_IN' AS name, count
UNION ALL
MATCH ()-[r:CONCERNS]->() WITH count(*) AS count WHERE count > 0
RETURN 'relationship' AS kind, 'CONCERNS' AS name, count
