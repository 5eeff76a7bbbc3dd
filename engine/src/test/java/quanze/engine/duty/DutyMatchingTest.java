package quanze.engine.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How well a task is matched to a list item, measured on 60 labelled pairs (30 the same item in other
 * words, 30 different items, several of them close in wording): a near match only ever advises (DUTY-05),
 * but a person should rarely be shown a wrong one.
 */
class DutyMatchingTest {

    @Test
    void nearMatchesOnTheLabelledPairsHavePrecisionOfAtLeastNinetyPercent() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/quanze/engine/duty/match-pairs.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int same = 0;
        for (String line : lines) {
            String[] c = line.split(",");
            boolean predicted = PhraseMatcher.similarity(c[0], c[1]) >= PhraseMatcher.NEAR;
            boolean actual = c[2].equals("是");
            same += actual ? 1 : 0;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("履职事项近似匹配：%d 对（%d 对同一事项），阈值 %.2f，precision %.2f，recall %.2f%n",
                lines.size(), same, PhraseMatcher.NEAR, precision, recall);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
        assertThat(same).isEqualTo(lines.size() / 2);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theExampleOfTheIssueIsANearMatchAndNormalisationDropsFillerAndBrackets() {
        assertThat(PhraseMatcher.similarity("特种设备安全监督检查", "对特种设备的安全监察")).isEqualTo(0.75);
        assertThat(PhraseMatcher.normalise("对（特种）设备的安全、监察")).isEqualTo("特种设备安全监察");
        assertThat(PhraseMatcher.similarity("违法占地查处", "违法占地查处")).isEqualTo(1.0);
    }
}
