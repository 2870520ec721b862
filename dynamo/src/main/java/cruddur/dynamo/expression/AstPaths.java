package cruddur.dynamo.expression;

import java.util.ArrayList;
import java.util.List;

/** Collects the document paths of a condition tree, in the order they are written. */
final class AstPaths {
  private AstPaths() {}

  static List<Ast.Path> collect(Ast.Node root) {
    List<Ast.Path> out = new ArrayList<>();
    visit(root, out);
    return out;
  }

  private static void visit(Ast.Node node, List<Ast.Path> out) {
    if (node instanceof Ast.Path p) {
      out.add(p);
    } else if (node instanceof Ast.Paren p) {
      visit(p.inner(), out);
    } else if (node instanceof Ast.Call c) {
      c.args().forEach(a -> visit(a, out));
    } else if (node instanceof Ast.And a) {
      visit(a.left(), out);
      visit(a.right(), out);
    } else if (node instanceof Ast.Or o) {
      visit(o.left(), out);
      visit(o.right(), out);
    } else if (node instanceof Ast.Not n) {
      visit(n.inner(), out);
    } else if (node instanceof Ast.Compare c) {
      visit(c.left(), out);
      visit(c.right(), out);
    } else if (node instanceof Ast.Between b) {
      visit(b.subject(), out);
      visit(b.low(), out);
      visit(b.high(), out);
    } else if (node instanceof Ast.In in) {
      visit(in.subject(), out);
      in.options().forEach(o -> visit(o, out));
    } else if (node instanceof Ast.Arith a) {
      visit(a.left(), out);
      visit(a.right(), out);
    }
  }
}
