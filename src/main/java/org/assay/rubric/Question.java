package org.assay.rubric;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class Question extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id")
    public QuestionBank bank;

    @NotBlank
    @Column(length = 64)
    public String qid;

    public int position;

    @NotBlank
    @Column(length = 200)
    public String title;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    public RubricVersion currentVersion;

    public static Optional<Question> findByBankAndQid(String bankKey, String qid) {
        return find("bank.key = ?1 and qid = ?2", bankKey, qid).firstResultOptional();
    }

    public static List<Question> listByBank(QuestionBank bank) {
        return list("bank = ?1 order by position", bank);
    }
}
