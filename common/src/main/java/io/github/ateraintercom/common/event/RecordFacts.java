package io.github.ateraintercom.common.event;

/**
 * The names of the facts a {@link RecordTransformed} event carries for the run's hand-off reports,
 * shared by the transformer that tells them and the orchestrator that reports them.
 */
public final class RecordFacts {

    /** A ticket's CustomerID and CustomerName. */
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    /** A ticket's TicketNumber (else its TicketID) and title. */
    public static final String TICKET_NUMBER = "ticketNumber";
    public static final String TITLE = "title";
    /** A ticket's TechnicianContactID; absent for an unassigned ticket. */
    public static final String TECHNICIAN_ID = "technicianId";
    /** The hours of a ticket's billable and non-billable work hours, as decimals with 2 places. */
    public static final String BILLABLE_HOURS = "billableHours";
    public static final String NON_BILLABLE_HOURS = "nonBillableHours";
    /** A technician's email, name and Active flag (absent when the source does not say). */
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String ACTIVE = "active";

    private RecordFacts() {
    }
}
