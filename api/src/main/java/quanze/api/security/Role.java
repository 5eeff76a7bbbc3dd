package quanze.api.security;

/** api.md roles. */
public enum Role {
    EDITORIAL, JUSTICE, TOWNSHIP, ADMIN
}
