package quanze.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.compiler.kie.builder.impl.InternalKieModule;

/**
 * Generates the rule set's executable model at build time (engine's pom, phase process-classes): the DRL compiled to
 * Java classes once, so a start loads them (about 1 s) instead of compiling the DRL (about 5 s, most of a start's CPU;
 * docs/benchmarks.md). Writes the classes under the output directory and {@link RuleBase#MODEL}, the list of model
 * classes headed by the digest of the rule files; {@link RuleBase#load(ClassLoader)} uses them only while that digest
 * is the one of the rule files it reads, and compiles the DRL otherwise.
 */
public final class RuleModel {
    private RuleModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("用法：RuleModel <输出目录>");
        }
        Path out = Path.of(args[0]);
        ClassLoader loader = RuleModel.class.getClassLoader();
        RuleBase.Resources resources = RuleBase.Resources.read(loader);
        InternalKieModule module = (InternalKieModule) RuleBase.build(loader, resources, true);
        StringBuilder list = new StringBuilder(RuleBase.modelHeader(resources.digest())).append('\n');
        int classes = 0;
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(file));
                classes++;
            } else if (file.endsWith("/drools-model")) {
                new String(module.getBytes(file), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.contains(":")).forEach(l -> list.append(l).append('\n'));
            }
        }
        Path model = out.resolve(RuleBase.MODEL);
        Files.createDirectories(model.getParent());
        Files.writeString(model, list.toString());
        System.out.println("规则模型：" + classes + " 个类，" + (list.toString().lines().count() - 1) + " 个模型 → " + out);
    }
}
