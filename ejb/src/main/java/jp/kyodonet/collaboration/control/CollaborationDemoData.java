package jp.kyodonet.collaboration.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.control.CollaborationRepository.ProjectFilter;
import jp.kyodonet.collaboration.control.CollaborationRepository.Scope;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.collaboration.entity.ProposalKind;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportActivity;
import jp.kyodonet.collaboration.entity.SupportLogEntry;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.demo.DemoDataRequested;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.TenantId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo collaboration records. The city centre loads the real FY2020 (R2) catalogue of 203 projects
 * (shared/data/projects-r2.csv) through the same import staff use; the three centre-operation projects of
 * the demo centres get their R2 contract with the amount the city reported (seed 003: L461, L900, L1274),
 * ended at the end of R2 (the centre is the 団体等 side), and the city's has its FY2020 evaluation sheet open for
 * both sides and its FY2022 sheet as seed 004 has it ({@link EvaluationDemoData}). Each demo
 * centre also gets a proposal in progress, and the city the closed R2 survey of 区局 ({@link SurveyDemoData}). Added
 * only where the records are not there yet.
 */
@Stateless
public class CollaborationDemoData {

    private static final String BY = "デモデータ (demo)";
    private static final int R2 = 2020;

    /** The demo centre's operation project and its R2 contract (amount in yen; cost label 委託). */
    private record OperationContract(String centre, String project, long amount, String cityParty) {
    }

    private static final List<OperationContract> CONTRACTS = List.of(
            new OperationContract("city", "横浜市市民協働推進センター運営事業", 48_974_944L, "市民局市民協働推進課"),
            new OperationContract("nishi", "にしく市民活動支援センター運営事業", 22_033_000L, "西区地域振興課"),
            new OperationContract("totsuka", "とつか区民活動センター運営事業", 30_891_256L, "戸塚区地域振興課"));

    @Inject
    CollaborationRepository catalogue;

    @Inject
    ProjectCatalogueImport importer;

    @Inject
    ProposalRepository proposals;

    @Inject
    SurveyDemoData survey;

    @Inject
    EvaluationDemoData evaluation;

    @Inject
    BusinessClock clock;

    public void load(@Observes DemoDataRequested request) {
        TenantId centre = request.tenant();
        if ("city".equals(centre.value())
                && catalogue.countProjects(Scope.cityWide(), new ProjectFilter(R2, null, null, null)) == 0) {
            importer.run(catalogueFile(), R2, centre, clock.now(), BY);
        }
        if ("city".equals(centre.value())) {
            survey.load(centre, BY);
        }
        CONTRACTS.stream().filter(c -> c.centre().equals(centre.value())).findFirst()
                .ifPresent(c -> contract(centre, c));
        if ("city".equals(centre.value())) {
            operationProject(centre, CONTRACTS.get(0)).ifPresent(p -> evaluation.load(p, p.partners(),
                    CONTRACTS.get(0).cityParty(), BY));
        }
        if (proposals.list(null, null).isEmpty()) {
            proposal(centre, request.today());
        }
    }

    private java.util.Optional<CollaborationProject> operationProject(TenantId centre, OperationContract operation) {
        return catalogue.projects(Scope.of(centre),
                new ProjectFilter(R2, null, ActivityField.CIVIC_AND_COMMUNITY, operation.project()), 0, 1).stream().findFirst();
    }

    private void contract(TenantId centre, OperationContract operation) {
        java.util.Optional<CollaborationProject> found = operationProject(centre, operation);
        if (found.isEmpty() || !catalogue.contractsOf(Scope.of(centre), found.get().id()).isEmpty()) {
            return;
        }
        CollaborationProject project = found.get();
        CollaborationContract contract = new CollaborationContract(centre, project.id(), new CollaborationContract.Terms(
                ContractType.COMMISSION, project.partners(), operation.cityParty(),
                "センターの管理運営を通じて、市民活動・協働の支援を行う。", null, "委託費", operation.amount(),
                LocalDate.of(R2, 4, 1), LocalDate.of(R2 + 1, 3, 31),
                List.of("総合相談", "人材育成", "交流促進", "市民活動支援", "情報の蓄積・活用・発信",
                        "各区市民活動支援センター支援", "管理運営・その他")), clock.now(), BY);
        contract.centreIsPartner(true); // the centre's own operation: its operator is the 団体等 side
        contract.sign(LocalDate.of(R2, 4, 1), clock.now(), BY);
        contract.start(clock.now(), BY);
        contract.end(LocalDate.of(R2 + 1, 3, 31), clock.now(), BY);
        catalogue.add(contract);
        if ("city".equals(centre.value())) {
            catalogue.add(new EvaluationSheet(contract, R2, LinkTokens.issue(centre), clock.now()));
        }
        catalogue.flush();
    }

    private void proposal(TenantId centre, LocalDate today) {
        Proposal proposal = Proposal.receive(ProposalKind.CITIZEN, "空き店舗を使った多世代の居場所づくり",
                "商店街の空き店舗を活用し、子育て世代と高齢者が集える居場所を区と協働で運営したい。",
                ActivityField.CIVIC_AND_COMMUNITY, "まちの縁側プロジェクト（任意団体）", "代表 山田", "engawa@example.jp",
                "地域振興課", today.minusDays(20), true, LinkTokens.issue(centre), clock.now(), BY);
        proposal.move(ProposalStatus.ADJUSTING, null, null, 300_000, today, clock.now(), BY);
        proposals.add(proposal);
        proposals.add(new SupportLogEntry(proposal.id(), today.minusDays(10), "協働コーディネーター",
                SupportActivity.DIVISION_COORDINATION, "所管課との打合せを設定し、事前に提案の趣旨を説明した。", clock.now(), BY));
        proposals.flush();
    }

    private static String catalogueFile() {
        try (InputStream in = CollaborationDemoData.class.getResourceAsStream("/jp/kyodonet/collaboration/demo/projects-r2.csv")) {
            if (in == null) {
                throw new IllegalStateException("the demo catalogue is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
