package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleModelTest {

    @Test
    void theBuildGeneratesTheModelOfTheseRulesAndALoadUsesIt() {
        RuleBase generated = RuleBase.load();
        assertThat(generated.fromGeneratedModel()).as("引擎构建时生成的规则模型").isTrue();
        RuleBase compiled = RuleBase.compile(getClass().getClassLoader(), false);
        assertThat(generated.rules()).isEqualTo(compiled.rules());
        assertThat(generated.version()).isEqualTo(compiled.version());
    }

    @Test
    void aModelGeneratedFromOtherRuleFilesIsNotUsed() {
        ClassLoader parent = getClass().getClassLoader();
        ClassLoader stale = new ClassLoader(parent) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return name.equals(RuleBase.MODEL)
                        ? new java.io.ByteArrayInputStream("# 00\nquanze.delegation.NoSuchModel\n".getBytes(StandardCharsets.UTF_8))
                        : super.getResourceAsStream(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) throws java.io.IOException {
                return parent.getResources(name);
            }
        };
        RuleBase base = RuleBase.load(stale);
        assertThat(base.fromGeneratedModel()).isFalse();
        assertThat(base.rules()).extracting(RuleInfo::id).containsAll(List.of("DLG-01", "TER-01", "DUTY-03"));
    }
}
