package quanze.api;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One demo service shared by the API tests, on a database of its own (TestDatabase). Each test runs in a transaction
 * rolled back when it ends (MockMvc serves the request on the test's thread, so the service joins it): every test
 * starts from the demo county as loaded, whatever ran before it, and the classes pass in any order.
 */
@SpringBootTest
@org.springframework.transaction.annotation.Transactional
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(OpenApiCheck.class)
@ActiveProfiles("demo")
abstract class ApiTestBase {
    static final String PINGXIANG = "621121100";
    static final String MAYING = "621121101";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
