package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quanze.importing.Fixtures.fixture;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quanze.admission.Admission;
import quanze.admission.RequestType;
import quanze.admission.TownshipOpinion;
import quanze.burden.Burden;
import quanze.burden.BurdenType;
import quanze.burden.IssuerLevel;
import quanze.catalog.Codes;
import quanze.delegation.Opinion;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

class AdmissionAndBurdenCatalogTest {

    @Test
    void theDemoAdmissionRequestsAreReadWithTheirTownshipOpinions() throws Exception {
        CatalogReader.Rows<Admission> rows = AdmissionCatalog.read(Fixtures.DEMO_ADMISSIONS, "准入.csv", Fixtures.demoRegistry());
        assertThat(rows.rows()).hasSize(17);
        Admission first = rows.values().get(0);
        assertThat(first.type()).isEqualTo(RequestType.ADMIT);
        assertThat(first.townships()).containsExactly("平襄镇", "马营镇");
        assertThat(first.opinions()).containsExactly(new TownshipOpinion("平襄镇", Opinion.AGREE, null),
                new TownshipOpinion("马营镇", Opinion.AGREE, null));
        assertThat(first.fundingWan()).isEqualByComparingTo(new BigDecimal("20"));
    }

    @Test
    void everyProblemOfABadAdmissionListIsNamed() {
        Path file = fixture("有错误的准入申请.csv");
        String sheet = "有错误的准入申请.csv";
        assertThatThrownBy(() -> AdmissionCatalog.read(file, sheet, Fixtures.demoRegistry()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“" + sheet + "”第2行“乡镇意见”列：“常家河镇”没有写明意见，应写成“乡镇名：同意”或“乡镇名：不同意”",
                                "工作表“" + sheet + "”第3行“承接乡镇”列：“平安镇”不是乡镇名册中的乡镇（街道），也不是村（社区）",
                                "工作表“" + sheet + "”第3行“乡镇意见”列：“赞成”不是可识别的意见，应为：" + Codes.choices(Opinion.class),
                                "工作表“" + sheet + "”第3行“配套经费（万元）”列：“-3”不是大于等于0的数",
                                "工作表“" + sheet + "”第3行“申请状态”列：“审批中”不是可识别的值，应为：草拟、拟实施、已实施",
                                "工作表“" + sheet + "”第3行“申请编号”列：申请编号“ZR-1”与第2行重复"));
    }

    @Test
    void theDemoCleanUpListIsRead() throws Exception {
        CatalogReader.Rows<Burden> rows = BurdenCatalog.read(Fixtures.DEMO_BURDENS, "清理表.csv");
        assertThat(rows.rows()).hasSize(14);
        Burden second = rows.values().get(1);
        assertThat(second.type()).isEqualTo(BurdenType.VETO);
        assertThat(second.issuerLevel()).isEqualTo(IssuerLevel.PROVINCIAL_DEPT);
        assertThat(second.basisExplicit()).isTrue();
    }

    @Test
    void everyProblemOfABadCleanUpListIsNamed() {
        Path file = fixture("有错误的清理表.csv");
        String sheet = "有错误的清理表.csv";
        assertThatThrownBy(() -> BurdenCatalog.read(file, sheet))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“" + sheet + "”第2行“依据发文机关层级”列：“省级”不是可识别的值，应为：" + Codes.choices(IssuerLevel.class),
                                "工作表“" + sheet + "”第3行“类型”列：“评选”不是可识别的值，应为：" + Codes.choices(BurdenType.class),
                                "工作表“" + sheet + "”第3行“依据是否明确规定”列：“不确定”不是是/否值，应填 是/否、Y/N、true/false、1/0、有/无 或 √/×"));
    }
}
