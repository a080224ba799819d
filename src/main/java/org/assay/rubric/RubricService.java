package org.assay.rubric;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricPatcher;
import org.assay.engine.rubric.RubricWriter;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * Rubric versions of questions: read the current one, save a new one, restore an old one, list and compare. A
 * version is never changed once saved; answers already started stay pinned to the version they began with.
 */
@ApplicationScoped
public class RubricService {

    public static final String ENTITY = "question";
    static final int NOTE_MAX = 500;

    private final RubricCheck check;
    private final RubricCache cache;
    private final AuditService audit;

    public RubricService(RubricCheck check, RubricCache cache, AuditService audit) {
        this.check = check;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional
    public Optional<QuestionRubric> find(String bankKey, String qid) {
        return Question.findByBankAndQid(bankKey, qid).filter(q -> q.currentVersion != null).map(this::view);
    }

    /** The question's current rubric; throws NotFoundException (a 404 page) when there is no such question. */
    @Transactional
    public QuestionRubric get(String bankKey, String qid) {
        return find(bankKey, qid).orElseThrow(() -> notFound(bankKey, qid));
    }

    /**
     * Saves rubric text as the question's new current version.
     *
     * @param base the version the author started from, or null to skip the check
     * @return the new version, or the current one unchanged when the text is identical to it
     * @throws RubricInvalidException when the text does not parse or does not add up
     * @throws VersionConflictException when another version was saved after {@code base}
     */
    @Transactional
    public SavedVersion save(String bankKey, String qid, String yaml, String note, String author, Integer base) {
        return save(bankKey, qid, yaml, note, author, base, false);
    }

    /**
     * Saves a rubric built in the form editor. Its text is the current version's file with only the changed values
     * edited in place, so comments, block styles and order survive and the line diff shows just the change. A draft
     * that means the same as the current version (equal fingerprints) is not saved again.
     */
    @Transactional
    public SavedVersion saveDraft(String bankKey, String qid, Rubric draft, String note, String author,
            Integer base) {
        var current = lock(bankKey, qid).currentVersion;
        var yaml = current == null ? RubricWriter.toYaml(draft) : RubricPatcher.patch(current.content, draft);
        return save(bankKey, qid, yaml, note, author, base, true);
    }

    private SavedVersion save(String bankKey, String qid, String yaml, String note, String author, Integer base,
            boolean sameMeaningIsUnchanged) {
        var question = lock(bankKey, qid);
        var result = check.check(qid, yaml);
        if (!result.isValid()) {
            throw new RubricInvalidException(result.problems());
        }
        var current = question.currentVersion;
        if (base != null && current != null && current.versionNo != base) {
            throw new VersionConflictException(base, current.versionNo);
        }
        var cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > NOTE_MAX) {
            throw new InvalidInputException(new FormErrors.Builder()
                    .add("note", "Keep the note under " + NOTE_MAX + " characters.").build());
        }
        var rubric = result.rubric().orElseThrow();
        if (current != null && (current.content.equals(yaml) || sameMeaningIsUnchanged && cache.rubric(current)
                .map(RubricWriter::fingerprint).filter(RubricWriter.fingerprint(rubric)::equals).isPresent())) {
            return new SavedVersion(current.versionNo, current.fingerprint, false);
        }
        var version = addVersion(question, yaml, rubric, cleanNote, author);
        audit.record(author, "rubric.saved", ENTITY, question.id, current == null ? null : current.content, yaml);
        return new SavedVersion(version.versionNo, version.fingerprint, true);
    }

    /** Saves an old version's text again as the new current version. */
    @Transactional
    public SavedVersion restore(String bankKey, String qid, int versionNo, String author) {
        var question = lock(bankKey, qid);
        RubricVersion old = RubricVersion.find("question = ?1 and versionNo = ?2", question, versionNo)
                .firstResultOptional().map(RubricVersion.class::cast)
                .orElseThrow(() -> new NotFoundException("Question " + qid + " has no version " + versionNo + "."));
        var current = question.currentVersion;
        if (current != null && current.content.equals(old.content)) {
            return new SavedVersion(current.versionNo, current.fingerprint, false);
        }
        var rubric = cache.rubric(old).orElseThrow(() -> new IllegalStateException(
                "Version " + versionNo + " of " + qid + " no longer parses"));
        var version = addVersion(question, old.content, rubric, "Restored version " + versionNo, author);
        audit.record(author, "rubric.restored", ENTITY, question.id, current == null ? null : current.content,
                old.content);
        return new SavedVersion(version.versionNo, version.fingerprint, true);
    }

    @Transactional
    public List<VersionRow> history(String bankKey, String qid) {
        var question = question(bankKey, qid);
        return RubricVersion.listByQuestion(question).stream()
                .map(v -> VersionRow.of(v, question.currentVersion != null && v.id.equals(question.currentVersion.id)))
                .toList();
    }

    /** One version's saved text. */
    @Transactional
    public Optional<String> content(String bankKey, String qid, int versionNo) {
        return RubricVersion.<RubricVersion>find("question = ?1 and versionNo = ?2", question(bankKey, qid), versionNo)
                .firstResultOptional().map(v -> v.content);
    }

    /** Compares two versions line by line; the lower number is shown as the old side. */
    @Transactional
    public DiffView diff(String bankKey, String qid, int a, int b) {
        var question = question(bankKey, qid);
        var versions = RubricVersion.listByQuestion(question);
        var from = versions.stream().filter(v -> v.versionNo == Math.min(a, b)).findFirst();
        var to = versions.stream().filter(v -> v.versionNo == Math.max(a, b)).findFirst();
        if (from.isEmpty() || to.isEmpty()) {
            throw new NotFoundException("Question " + qid + " has no version " + (from.isEmpty() ? a : b) + ".");
        }
        var lines = LineDiff.diff(from.get().content, to.get().content);
        int added = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).count();
        var currentId = question.currentVersion == null ? null : question.currentVersion.id;
        return new DiffView(VersionRow.of(from.get(), from.get().id.equals(currentId)),
                VersionRow.of(to.get(), to.get().id.equals(currentId)), LineDiff.withContext(lines, 3), added,
                removed, fieldChanges(from.get(), to.get()));
    }

    /** Field changes between two versions; none when either no longer parses (it is then only compared by line). */
    private List<String> fieldChanges(RubricVersion from, RubricVersion to) {
        var a = cache.rubric(from);
        var b = cache.rubric(to);
        return a.isPresent() && b.isPresent() ? FieldDiff.of(a.get(), b.get()) : List.of();
    }

    /**
     * What another author changed between the version a draft started from and the current one, field by field.
     */
    @Transactional
    public List<String> changedSince(String bankKey, String qid, int base) {
        var question = question(bankKey, qid);
        return question.currentVersion == null ? List.of()
                : changedSince(bankKey, qid, base, question.currentVersion.versionNo);
    }

    /** The changes from version {@code from} to version {@code to}, field by field; 404 when either is missing. */
    @Transactional
    public List<String> changedSince(String bankKey, String qid, int from, int to) {
        var question = question(bankKey, qid);
        return fieldChanges(version(question, from), version(question, to));
    }

    private static RubricVersion version(Question question, int no) {
        return RubricVersion.<RubricVersion>find("question = ?1 and versionNo = ?2", question, no)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Question " + question.qid
                        + " has no version " + no + "."));
    }

    /** Adds a version after the question's newest and makes it current; the caller holds the question's lock. */
    public static RubricVersion addVersion(Question question, String yaml, Rubric rubric, String note, String author) {
        Integer newest = RubricVersion.find("select max(v.versionNo) from RubricVersion v where v.question = ?1",
                question).project(Integer.class).firstResult();
        var version = new RubricVersion();
        version.question = question;
        version.versionNo = newest == null ? 1 : newest + 1;
        version.content = yaml;
        version.fingerprint = RubricWriter.fingerprint(rubric);
        version.points = rubric.points();
        version.author = author;
        version.note = note == null || note.isBlank() ? null : note;
        version.persist();
        question.currentVersion = version;
        question.title = rubric.title().length() > 200 ? rubric.title().substring(0, 200) : rubric.title();
        return version;
    }

    static Question question(String bankKey, String qid) {
        return Question.findByBankAndQid(bankKey, qid).orElseThrow(() -> notFound(bankKey, qid));
    }

    /** The question, locked until the transaction ends so two saves number their versions one after the other. */
    static Question lock(String bankKey, String qid) {
        var question = question(bankKey, qid);
        Question.getEntityManager().refresh(question, LockModeType.PESSIMISTIC_WRITE);
        return question;
    }

    private QuestionRubric view(Question question) {
        var version = question.currentVersion;
        var rubric = cache.rubric(version).orElseThrow(() -> new IllegalStateException(
                "The current rubric of " + question.qid + " does not parse"));
        return new QuestionRubric(question.id, question.bank.key, question.bank.title, question.qid, question.title,
                version.versionNo, version.content, RubricWriter.fingerprint(rubric), rubric, version.createdAt,
                version.author);
    }

    private static NotFoundException notFound(String bankKey, String qid) {
        return new NotFoundException("There is no question " + qid + " in bank " + bankKey + ".");
    }
}
