package io.github.ateraintercom.common.intercom;

/**
 * A ticket's own copy of its end user (EndUserID, EndUserEmail lower-cased and only when it is an
 * address, EndUserFirstName, EndUserLastName, EndUserPhone): what a contact is made from when the
 * end user matches no contact of the run.
 */
public record Requester(String endUserId, String email, String firstName, String lastName, String phone) {

    /** First and last name as one, null when the ticket has neither. */
    public String name() {
        if (firstName == null || lastName == null) {
            return firstName == null ? lastName : firstName;
        }
        return firstName + " " + lastName;
    }

    /** How the operator recognises the end user: its id, email and name as far as the ticket has them. */
    public String describe() {
        StringBuilder described = new StringBuilder("end user EndUserID ").append(endUserId);
        if (email != null) {
            described.append(", ").append(email);
        }
        if (name() != null) {
            described.append(", ").append(name());
        }
        return described.toString();
    }
}
