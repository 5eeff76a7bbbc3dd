package quanze.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Repeated failed sign-ins lock the account for a while, even for the right password. */
class LoginThrottleTest extends ApiTestBase {

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsRefusedToo() throws Exception {
        String user = "township-621121203";
        mvc.perform(get("/api/v1/admissions").with(httpBasic(user, "demo"))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/admissions").with(httpBasic(user, "wrong" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/admissions").with(httpBasic(user, "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("连续多次密码错误，账号已临时锁定，请15分钟后再试"));
        mvc.perform(get("/api/v1/admissions").with(httpBasic("township-621121202", "demo"))).andExpect(status().isOk());
    }
}
