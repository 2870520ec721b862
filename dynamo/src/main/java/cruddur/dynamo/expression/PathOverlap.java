package cruddur.dynamo.expression;

import java.util.List;

/**
 * DynamoDB's rule for the paths of one update or projection: no path may equal or contain another
 * (overlap), and no attribute may be used both as a map and as a list (conflict).
 */
final class PathOverlap {
  private PathOverlap() {}

  static void check(List<DocumentPath> paths) {
    for (int j = 1; j < paths.size(); j++) {
      for (int i = 0; i < j; i++) {
        check(paths.get(i), paths.get(j));
      }
    }
  }

  private static void check(DocumentPath one, DocumentPath two) {
    int common = Math.min(one.steps().size(), two.steps().size());
    for (int k = 0; k < common; k++) {
      DocumentPath.Step a = one.steps().get(k);
      DocumentPath.Step b = two.steps().get(k);
      if (a.isIndex() != b.isIndex()) {
        throw clash("conflict", one, two);
      }
      if (!a.equals(b)) {
        return;
      }
    }
    throw clash("overlap", one, two);
  }

  private static ExpressionError clash(String what, DocumentPath one, DocumentPath two) {
    return new ExpressionError(
        "Two document paths "
            + what
            + " with each other; must remove or rewrite one of these paths; path one: "
            + one
            + ", path two: "
            + two);
  }
}
