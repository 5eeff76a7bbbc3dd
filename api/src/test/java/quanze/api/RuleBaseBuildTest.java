package quanze.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class RuleBaseBuildTest {

    @Test
    void aRuleBaseThatFailsToBuildBesideStartUpStopsTheServiceWithItsOwnMessage() {
        // a class loader that sees none of the rules: the build fails on its own thread, as a DRL that does not compile would
        RuleBaseBuild.start(new URLClassLoader(new URL[0], null));
        assertThatThrownBy(RuleBaseBuild::take)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("找不到规则资源：quanze/rules.index");
    }
}
