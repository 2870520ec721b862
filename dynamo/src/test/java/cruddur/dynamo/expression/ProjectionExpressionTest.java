package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;
import static cruddur.dynamo.expression.Fixtures.item;
import static cruddur.dynamo.expression.Fixtures.n;
import static cruddur.dynamo.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionExpressionTest {
  private static final Map<String, AttributeValue> ITEM =
      item(
          "{'a': {'S': 'x'}, 'b': {'N': '1'}, 'm': {'M': {'p': {'S': 'p'}, 'q': {'S': 'q'}}},"
              + " 'l': {'L': [{'N': '0'}, {'N': '1'}, {'N': '2'}, {'N': '3'}]}}");

  private static Projection projection(String request) {
    return Fixtures.parse(RequestKind.GET_ITEM, request).projection().orElseThrow();
  }

  @Test
  void projectsTopLevelAttributes() {
    Projection p = projection("{'ProjectionExpression': 'a, absent'}");
    assertThat(p.apply(ITEM)).containsOnlyKeys("a").containsEntry("a", s("x"));
    assertThat(p.topLevelNames()).containsExactly("a", "absent");
  }

  @Test
  void nestedPathsKeepTheirStructure() {
    Projection p = projection("{'ProjectionExpression': 'm.q'}");
    assertThat(p.apply(ITEM).get("m")).isEqualTo(new AttributeValue.M(Map.of("q", s("q"))));
  }

  @Test
  void listIndexesCompactInIndexOrder() {
    Projection p = projection("{'ProjectionExpression': 'l[3], l[1], l[9]'}");
    assertThat(p.apply(ITEM).get("l")).isEqualTo(Fixtures.list(n("1"), n("3")));
  }

  @Test
  void placeholdersAndReservedWords() {
    Projection p =
        projection("{'ProjectionExpression': '#n', 'ExpressionAttributeNames': {'#n': 'name'}}");
    assertThat(p.apply(item("{'name': {'S': 'z'}}"))).containsEntry("name", s("z"));
    assertRejected(
        RequestKind.GET_ITEM,
        "{'ProjectionExpression': 'name'}",
        "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword:"
            + " name");
  }

  @Test
  void overlappingProjectionPathsAreRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ProjectionExpression': 'm.p, m'}",
        "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or"
            + " rewrite one of these paths; path one: [m, p], path two: [m]");
  }

  @Test
  void duplicateProjectionPathsOverlap() {
    assertRejected(
        RequestKind.SCAN,
        "{'ProjectionExpression': 'a, a'}",
        "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or"
            + " rewrite one of these paths; path one: [a], path two: [a]");
  }

  @Test
  void projectionSyntaxErrorsAreReported() {
    assertRejected(
        RequestKind.GET_ITEM,
        "{'ProjectionExpression': 'a b'}",
        "Invalid ProjectionExpression: Syntax error; token: \"b\", near: \"a b\"");
  }

  @Test
  void attributesToGetProjectsTopLevelNames() {
    Projection p = projection("{'AttributesToGet': ['a', 'name']}");
    assertThat(p.apply(ITEM)).containsOnlyKeys("a");
    assertThat(p.topLevelNames()).containsExactly("a", "name");
  }

  @Test
  void duplicateAttributesToGetAreRejected() {
    assertRejected(
        RequestKind.GET_ITEM,
        "{'AttributesToGet': ['a', 'b', 'a']}",
        "One or more parameter values were invalid: Duplicate value in attribute name: a");
  }
}
