package id.go.mojokertokab.asiek.budget;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shape twin of a diagram: the same flow with our additions stripped. Listeners, properties, forms, candidate
 * groups, initiator and template references go; service and send tasks become {@code ${true}}; async flags, retry
 * cycles, gateways, conditions, events and messages stay. Expressions that name our beans (timer dates, a
 * multi-instance collection) become a fixed date far ahead and a loop cardinality, so the twin waits where ours does.
 */
final class ShapeTwin {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** Camunda attributes that shape how the engine runs the flow, not what our application adds to it. */
  private static final Set<String> KEPT_ATTRIBUTES = Set.of("asyncBefore", "asyncAfter", "exclusive", "historyTimeToLive",
      "versionTag", "isStartableInTasklist", "expression");
  static final String FIXED_TIMER_DATE = "2099-12-31T00:00:00Z";

  private ShapeTwin() {}

  static byte[] of(Path diagram) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(diagram.toFile());
    for (Element element : all(document.getDocumentElement())) {
      strip(element);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
    return out.toByteArray();
  }

  private static void strip(Element element) {
    String name = element.getLocalName();
    if (BPMN.equals(element.getNamespaceURI()) && ("serviceTask".equals(name) || "sendTask".equals(name))) {
      element.removeAttributeNS(CAMUNDA, "delegateExpression");
      element.removeAttributeNS(CAMUNDA, "class");
      element.setAttributeNS(CAMUNDA, "camunda:expression", "${true}");
    }
    for (Attr attribute : attributes(element)) {
      if (CAMUNDA.equals(attribute.getNamespaceURI()) && !KEPT_ATTRIBUTES.contains(attribute.getLocalName())) {
        element.removeAttributeNode(attribute);
      }
    }
    if (BPMN.equals(element.getNamespaceURI()) && "extensionElements".equals(name)) {
      for (Element extension : children(element)) {
        if (!"failedJobRetryTimeCycle".equals(extension.getLocalName())) {
          element.removeChild(extension);
        }
      }
    }
    if (BPMN.equals(element.getNamespaceURI()) && ("timeDate".equals(name) || "timeDuration".equals(name) || "timeCycle".equals(name))
        && element.getTextContent().contains("${")) {
      element.setTextContent(FIXED_TIMER_DATE);
    }
    if (BPMN.equals(element.getNamespaceURI()) && "multiInstanceLoopCharacteristics".equals(name)
        && children(element).stream().noneMatch(child -> "loopCardinality".equals(child.getLocalName()))) {
      Element cardinality = element.getOwnerDocument().createElementNS(BPMN, element.getPrefix() + ":loopCardinality");
      cardinality.setTextContent("2");
      // the schema wants it after documentation and extensionElements (kept when they hold a retry cycle)
      Node after = children(element).stream().filter(child -> !Set.of("documentation", "extensionElements").contains(child.getLocalName()))
          .findFirst().map(Node.class::cast).orElse(null);
      element.insertBefore(cardinality, after);
    }
  }

  private static List<Element> all(Element root) {
    List<Element> elements = new ArrayList<>();
    elements.add(root);
    NodeList nodes = root.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static List<Attr> attributes(Element element) {
    List<Attr> attributes = new ArrayList<>();
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      attributes.add((Attr) element.getAttributes().item(i));
    }
    return attributes;
  }
}
