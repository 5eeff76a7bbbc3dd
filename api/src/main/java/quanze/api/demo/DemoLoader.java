package quanze.api.demo;

import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import java.math.BigDecimal;
import java.util.List;
import quanze.admission.Admission;
import quanze.admission.Handover;
import quanze.admission.RequestStatus;
import quanze.admission.RequestType;
import quanze.admission.ShiftMechanism;
import quanze.admission.TownshipOpinion;
import quanze.admission.TownshipRole;
import quanze.api.admission.AdmissionRequests;
import quanze.api.imports.ImportService;
import quanze.delegation.Category;
import quanze.delegation.Opinion;
import quanze.api.security.Accounts;
import quanze.api.security.Role;
import quanze.api.township.TownshipRepository;
import quanze.township.Township;

/**
 * The demo profile: imports the 通渭县 registry and 赋权事项清单 (once per database) through the
 * same import path as an upload, and creates the demo accounts of api.md.
 */
@Component
@Profile("demo")
@Order(10)
class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    static final String COUNTY = "通渭县";

    /** A request for the opinion workflow: 常家河镇 has agreed, 陇阳镇 has not answered yet (ADM-07). */
    static final Admission WORKFLOW_REQUEST = new Admission("ZR-2026-101", RequestType.ADMIT, "县水务局",
            "农村供水工程水源地日常巡查", Category.ADMIN_AFFAIR, List.of("常家河镇", "陇阳镇"), "《农村供水工程管理办法》",
            Handover.ASSIGN, ShiftMechanism.NONE, TownshipRole.COOPERATING, false, true,
            List.of(new TownshipOpinion("常家河镇", Opinion.AGREE, "有专职水管员")), null, 2, new BigDecimal("12"),
            "通政办发〔2026〕15号", RequestStatus.PLANNED, null, null, null, null, null);

    private final ImportService imports;
    private final quanze.api.imports.Imports stored;
    private final Accounts accounts;
    private final TownshipRepository townships;
    private final Resource townshipFile;
    private final Resource delegationFile;
    private final Resource admissionFile;
    private final Resource responsibilityFile;
    private final Resource secondmentFile;
    private final Resource appointmentFile;
    private final Resource plaqueFile;
    private final Resource dutyFile;
    private final Resource burdenFile;
    private final AdmissionRequests requests;
    private final String password;
    private final DemoReadiness readiness;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DemoLoader(ImportService imports, quanze.api.imports.Imports stored, Accounts accounts, TownshipRepository townships,
               @Value("${quanze.demo.townships}") Resource townshipFile,
               @Value("${quanze.demo.delegations}") Resource delegationFile,
               @Value("${quanze.demo.admissions}") Resource admissionFile,
               @Value("${quanze.demo.responsibilities}") Resource responsibilityFile,
               @Value("${quanze.demo.secondments}") Resource secondmentFile,
               @Value("${quanze.demo.appointments}") Resource appointmentFile,
               @Value("${quanze.demo.plaques}") Resource plaqueFile,
               @Value("${quanze.demo.duties}") Resource dutyFile,
               @Value("${quanze.demo.burdens}") Resource burdenFile,
               AdmissionRequests requests, DemoReadiness readiness,
               @Value("${quanze.demo.password}") String password, TransactionTemplate transactions, JdbcClient jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.readiness = readiness;
        this.imports = imports;
        this.stored = stored;
        this.accounts = accounts;
        this.townships = townships;
        this.townshipFile = townshipFile;
        this.delegationFile = delegationFile;
        this.admissionFile = admissionFile;
        this.responsibilityFile = responsibilityFile;
        this.secondmentFile = secondmentFile;
        this.appointmentFile = appointmentFile;
        this.plaqueFile = plaqueFile;
        this.dutyFile = dutyFile;
        this.burdenFile = burdenFile;
        this.requests = requests;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several instances may start on one database: one loads the demo catalogs, the others wait for its commit
        // on the lock row (V11) and then find them loaded
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select name from service_lock where name = 'demo' for update").query(String.class).single();
            try {
                loadAll();
            } catch (Exception e) {
                throw new IllegalStateException("演示数据未能导入", e);
            }
        });
        readiness.loaded();
    }

    private void loadAll() throws Exception {
        if (!stored.hasCurrent("townships", COUNTY)) {
            load("townships", townshipFile);
        }
        // accounts before the other lists, so the demo users can sign in as soon as they are told the password
        accounts.save("editorial", password, Role.EDITORIAL, null);
        accounts.save("justice", password, Role.JUSTICE, null);
        accounts.save("admin", password, Role.ADMIN, null);
        int n = 0;
        for (Township t : townships.all()) {
            if (t.county().equals(COUNTY)) {
                accounts.save("township-" + t.code(), password, Role.TOWNSHIP, t.code());
                n++;
            }
        }
        // the password itself stays out of the log (QUANZE_DEMO_PASSWORD; README)
        LOG.info("演示账号：editorial（县委编办）、justice（司法局）、admin（管理员）及 {} 个乡镇账号 township-<乡镇代码>，"
                + "密码为 QUANZE_DEMO_PASSWORD 所设（未设时见 README）", n);
        for (var list : java.util.List.of(java.util.Map.entry("duties", dutyFile), java.util.Map.entry("delegations", delegationFile),
                java.util.Map.entry("responsibilities", responsibilityFile), java.util.Map.entry("admissions", admissionFile),
                java.util.Map.entry("burdens", burdenFile), java.util.Map.entry("secondments", secondmentFile),
                java.util.Map.entry("appointments", appointmentFile), java.util.Map.entry("plaques", plaqueFile))) {
            if (!stored.hasCurrent(list.getKey(), COUNTY)) {
                load(list.getKey(), list.getValue());
            }
        }
        if (!requests.exists(WORKFLOW_REQUEST.requestId())) {
            requests.register(WORKFLOW_REQUEST, accounts.find("editorial").orElseThrow());
            LOG.info("演示准入申请 {} 已登记，等待陇阳镇（township-621121106）提出意见", WORKFLOW_REQUEST.requestId());
        }
    }

    private void load(String kind, Resource file) throws Exception {
        try (InputStream in = file.getInputStream()) {
            var summary = imports.importFile(kind, file.getFilename(), in, "demo");
            LOG.info("演示数据已导入：{} {} 行，结论 {}", kind, summary.rows(), summary.outcomes());
        }
    }
}
