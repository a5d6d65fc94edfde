package io.github.ateraintercom.sandbox.auth;

import jakarta.enterprise.context.RequestScoped;

/** The app behind the current request, known once its access token has been accepted. */
@RequestScoped
public class CallingApp {

    private String token;

    void authenticate(String token) {
        this.token = token;
    }

    /** The access token, which also keys the app's own rate-limit allowance and scroll. */
    public String token() {
        return token;
    }
}
