package org.assay.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * Invites every candidate a CSV file lists (name, email, optional extra time, optional expiry), and reports line by
 * line what was created and what was refused, and why. Nobody already invited to the assessment is invited again,
 * so sending the same file twice creates nothing the second time.
 */
@ApplicationScoped
public class BulkInvitationService {

    /** Column names a header line may use, by column. */
    private static final Map<String, Set<String>> HEADERS = Map.of(
            "name", Set.of("name", "candidate", "candidate name", "candidatename", "candidate_name"),
            "email", Set.of("email", "e-mail", "candidate email", "candidateemail", "candidate_email"),
            "extra", Set.of("extra time", "extra_time", "extratime", "extra time minutes", "extra_time_minutes"),
            "expiry", Set.of("expiry", "expires", "expires at", "expires_at", "expiry date", "valid until"));
    private static final Pattern EXTRA_TIME = Pattern.compile(
            "\\+?(\\d{1,4})(%|min|minutes)?");
    private static final List<String> ORDER = List.of("name", "email", "extra", "expiry");

    /** One line of the file and what became of it; the link is there only for created ones, and only this once. */
    public record BulkRow(int line, String name, String email, boolean created, String reason,
            CreatedInvitation invitation) {
    }

    /** The outcome of one file. */
    public record BulkReport(List<BulkRow> rows) {

        public long createdCount() {
            return rows.stream().filter(BulkRow::created).count();
        }

        public long refusedCount() {
            return rows.size() - createdCount();
        }
    }

    private final InvitationService invitations;
    private final AssayConfig config;

    public BulkInvitationService(InvitationService invitations, AssayConfig config) {
        this.invitations = invitations;
        this.config = config;
    }

    @Transactional
    public BulkReport inviteAll(long assessmentId, String csv, String actor) {
        var assessment = invitations.assessment(assessmentId);
        List<CsvReader.Line> lines;
        try {
            lines = CsvReader.read(csv == null ? "" : csv, config.limits().invitationRows() + 1);
        } catch (IllegalArgumentException e) {
            throw refused("List at most " + config.limits().invitationRows() + " candidates in one file.");
        }
        var columns = columns(lines);
        var body = columns.header() ? lines.subList(1, lines.size()) : lines;
        if (body.isEmpty()) {
            throw refused("The file lists no candidates. Give one per line: name, email, extra time, expiry.");
        }
        var seen = new HashSet<String>();
        var rows = new ArrayList<BulkRow>();
        for (var line : body) {
            rows.add(row(assessment, line, columns.index(), seen, actor));
        }
        return new BulkReport(rows);
    }

    private BulkRow row(Assessment assessment, CsvReader.Line line, Map<String, Integer> index, Set<String> seen,
            String actor) {
        var name = line.field(index.getOrDefault("name", -1));
        var email = line.field(index.getOrDefault("email", -1));
        var extra = line.field(index.getOrDefault("extra", -1));
        var form = form(name, email, extra);
        var problem = form.isEmpty() ? Optional.of("Give extra time as a percentage such as 50% (25% to 100%) or as"
                + " minutes such as 20; or leave it empty.") : problem(form.get());
        var expiry = problem.isPresent() ? null : expiry(line.field(index.getOrDefault("expiry", -1)));
        if (problem.isEmpty() && expiry instanceof String reason) {
            problem = Optional.of(reason);
        }
        var key = email.toLowerCase(Locale.ROOT);
        if (problem.isEmpty() && !seen.add(key)) {
            problem = Optional.of("This address is listed more than once in the file.");
        }
        if (problem.isEmpty()) {
            var earlier = invitations.alreadyInvited(assessment.id, email);
            if (!earlier.isEmpty()) {
                problem = Optional.of("Already invited (invitation " + earlier.get(0).id() + ", "
                        + earlier.get(0).status().label() + "); resend it from the invitations page if needed.");
            }
        }
        if (problem.isPresent()) {
            return new BulkRow(line.number(), name, email, false, problem.get(), null);
        }
        var created = invitations.create(assessment, form.get(), (Instant) expiry, actor);
        return new BulkRow(line.number(), name, email, true, "", created);
    }

    /** The line as an invitation form: extra time "50%" is a share of the time limit, "20" or "20 min" minutes. */
    private static Optional<InvitationForm> form(String name, String email, String extra) {
        var text = extra.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (text.isEmpty()) {
            return Optional.of(new InvitationForm(name, email, null));
        }
        var matcher = EXTRA_TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(matcher.group(1));
        return Optional.of("%".equals(matcher.group(2)) ? new InvitationForm(name, email, null, amount, null)
                : new InvitationForm(name, email, null, null, amount));
    }

    private Optional<String> problem(InvitationForm form) {
        FormErrors errors = invitations.validate(form);
        if (errors.any()) {
            return Optional.of(String.join(" ", errors.messages().values()));
        }
        return Optional.empty();
    }

    /** The expiry of a line: the default when empty, a number of days, or a date (the link works to its end, UTC). */
    private Object expiry(String text) {
        var now = Instant.now();
        Instant until;
        if (text.isEmpty()) {
            return now.plus(config.test().invitationValidity());
        } else if (text.matches("\\d{1,4}")) {
            until = now.plus(Duration.ofDays(Integer.parseInt(text)));
        } else {
            try {
                until = LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return "Give the expiry as a date such as 2027-01-31 or a number of days.";
            }
        }
        var max = config.test().maxInvitationValidity();
        if (!until.isAfter(now) || Duration.between(now, until).compareTo(max) > 0) {
            return "The expiry must be after today and within " + max.toDays() + " days.";
        }
        return until;
    }

    private record Columns(boolean header, Map<String, Integer> index) {
    }

    /** Columns named by a header line, or the documented order without one. */
    private static Columns columns(List<CsvReader.Line> lines) {
        if (!lines.isEmpty()) {
            var first = lines.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
            if (first.stream().anyMatch(HEADERS.get("email")::contains)) {
                var index = new HashMap<String, Integer>();
                for (int i = 0; i < first.size(); i++) {
                    for (var column : ORDER) {
                        if (HEADERS.get(column).contains(first.get(i))) {
                            index.putIfAbsent(column, i);
                        }
                    }
                }
                return new Columns(true, index);
            }
        }
        return new Columns(false, Map.of("name", 0, "email", 1, "extra", 2, "expiry", 3));
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(new FormErrors.Builder().add("file", message).build());
    }
}
