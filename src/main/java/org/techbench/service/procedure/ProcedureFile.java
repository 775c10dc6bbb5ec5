package org.techbench.service.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techbench.domain.procedure.Choice;
import org.techbench.domain.procedure.DefinitionCheck;
import org.techbench.domain.procedure.DefinitionProblem;
import org.techbench.domain.procedure.LocalText;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureKind;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.domain.procedure.StepKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one procedure definition from its YAML text, keeping the line of every step, and checks
 * it: the definition, or every problem with its file and line (a syntax error, an unknown step
 * kind, a missing field, and what {@link DefinitionCheck} finds).
 */
public final class ProcedureFile {

    /** A definition that passed every check, or the problems that keep it out. */
    public record Read(ProcedureDefinition definition, List<DefinitionProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final String source;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    private ProcedureFile(String source) {
        this.source = source;
    }

    public static Read read(String source, String text) {
        return new ProcedureFile(source).parse(text);
    }

    private Read parse(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            return failed(line, "Not readable as YAML: " + e.getProblem());
        } catch (YAMLException e) {
            return failed(1, "Not readable as YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            return failed(1, "A procedure file holds one mapping: code, version, kind, title and steps.");
        }
        Map<String, Node> fields = fields(mapping);
        String code = scalar(fields, "code", mapping);
        int version = integer(fields, "version", mapping);
        ProcedureKind kind = null;
        String kindName = scalar(fields, "kind", mapping);
        if (kindName != null) {
            try {
                kind = ProcedureKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                problem(fields.get("kind"), "Unknown procedure kind \"" + kindName + "\".");
            }
        }
        LocalText title = text(fields.get("title"), mapping, "title");
        List<StepDefinition> steps = new ArrayList<>();
        Node stepsNode = fields.get("steps");
        if (!(stepsNode instanceof SequenceNode sequence)) {
            problem(stepsNode == null ? mapping : stepsNode, "\"steps\" must be a list of steps.");
        } else {
            for (Node stepNode : sequence.getValue()) {
                StepDefinition step = step(stepNode);
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Read(null, List.copyOf(problems));
        }
        ProcedureDefinition definition = new ProcedureDefinition(code, version, kind, optional(fields, "category"),
                optional(fields, "subcategory"), title, steps, source);
        List<DefinitionProblem> found = DefinitionCheck.problems(definition);
        return found.isEmpty() ? new Read(definition, List.of()) : new Read(null, found);
    }

    private StepDefinition step(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "A step is a mapping with at least an id, a kind and a text.");
            return null;
        }
        Map<String, Node> fields = fields(mapping);
        String id = scalar(fields, "id", mapping);
        String kindName = scalar(fields, "kind", mapping);
        StepKind kind = kindName == null ? null : StepKind.named(kindName).orElse(null);
        if (kindName != null && kind == null) {
            problem(fields.get("kind"), "Unknown step kind \"" + kindName + "\" (known: instruction, confirmation, check,"
                    + " reading, choice, text, tool, attachment, sign-off).");
        }
        LocalText text = text(fields.get("text"), mapping, "text of step \"" + id + "\"");
        List<Choice> choices = new ArrayList<>();
        if (fields.get("choices") instanceof SequenceNode list) {
            for (Node choiceNode : list.getValue()) {
                if (choiceNode instanceof MappingNode choiceMapping) {
                    Map<String, Node> choice = fields(choiceMapping);
                    choices.add(new Choice(scalar(choice, "value", choiceMapping),
                            text(choice.get("text"), choiceMapping, "answer"), optional(choice, "next")));
                } else {
                    problem(choiceNode, "An answer of a choice is a mapping: value, text and next.");
                }
            }
        }
        if (id == null || kind == null) {
            return null;
        }
        return new StepDefinition(id, kind, text, "true".equals(optional(fields, "required")), optional(fields, "next"),
                optional(fields, "fail"), optional(fields, "unit"), number(fields, "min"), number(fields, "max"),
                optional(fields, "outOfRange"), choices, optional(fields, "tool"), optional(fields, "requires"),
                mapping.getStartMark().getLine() + 1);
    }

    private LocalText text(Node node, Node owner, String what) {
        if (node instanceof MappingNode mapping) {
            Map<String, Node> languages = fields(mapping);
            return new LocalText(optional(languages, "en"), optional(languages, "zh"));
        }
        problem(node == null ? owner : node, "The " + what + " needs en and zh texts.");
        return new LocalText(null, null);
    }

    private Map<String, Node> fields(MappingNode mapping) {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple.getValueNode());
            }
        }
        return fields;
    }

    private String scalar(Map<String, Node> fields, String name, Node owner) {
        String value = optional(fields, name);
        if (value == null || value.isBlank()) {
            problem(owner, "\"" + name + "\" is missing.");
            return null;
        }
        return value;
    }

    private static String optional(Map<String, Node> fields, String name) {
        return fields.get(name) instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private int integer(Map<String, Node> fields, String name, Node owner) {
        String value = scalar(fields, name, owner);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(fields.get(name), "\"" + name + "\" is not a whole number: " + value);
            return 0;
        }
    }

    private Double number(Map<String, Node> fields, String name) {
        String value = optional(fields, name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            problem(fields.get(name), "\"" + name + "\" is not a number: " + value);
            return null;
        }
    }

    private void problem(Node node, String reason) {
        problems.add(new DefinitionProblem(source, node == null ? 1 : node.getStartMark().getLine() + 1, reason));
    }

    private Read failed(int line, String reason) {
        return new Read(null, List.of(new DefinitionProblem(source, line, reason)));
    }
}
