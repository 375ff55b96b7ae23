package jp.kyodonet.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.staff.entity.SavedView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's saved views of the portal's lists: each person sees and removes only their own (another's id is 404);
 * saving under a name already used on that page replaces its filters.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class SavedViews {

    /** The pages whose lists keep their filters in the address. */
    public static final String PAGES = "consultations|audit";

    /** A view to save: the page, a name, the address's query (name=value pairs). */
    public record Form(@NotNull @Pattern(regexp = PAGES) String page, @NotBlank @Size(max = 100) String name,
                       @NotNull @Size(max = 1000) @Pattern(regexp = "[A-Za-z0-9_.~%+=&-]*") String query) {
    }

    public record View(UUID id, String page, String name, String query, Instant savedAt) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** My views of {@code page} (all pages when null), by name. */
    public List<View> mine(String page) {
        var query = em.createQuery("SELECT v FROM SavedView v WHERE v.owner = :me"
                + (page == null ? "" : " AND v.page = :page") + " ORDER BY v.page, v.name", SavedView.class)
                .setParameter("me", user.subject());
        if (page != null) {
            query.setParameter("page", page);
        }
        return query.getResultList().stream().map(SavedViews::view).toList();
    }

    public View save(@Valid @NotNull Form form) {
        String name = form.name().strip();
        SavedView same = em.createQuery("SELECT v FROM SavedView v WHERE v.owner = :me AND v.page = :page AND v.name = :name",
                        SavedView.class).setParameter("me", user.subject()).setParameter("page", form.page())
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (same != null) {
            same.replace(form.query(), clock.now());
            return view(same);
        }
        SavedView saved = new SavedView(user.subject(), form.page(), name, form.query(), clock.now());
        em.persist(saved);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException twice) { // the same name saved at the same moment
            throw DomainException.conflict(new jp.kyodonet.platform.error.Message(
                    "同じ名前のビューを同時に保存しました。もう一度保存してください", "a view of this name was saved at the same moment; save again"));
        }
        return view(saved);
    }

    public void remove(@NotNull UUID id) {
        SavedView view = em.find(SavedView.class, id.toString());
        if (view == null || !view.owner().equals(user.subject())) {
            throw DomainException.notFound("保存したビュー", "Saved view");
        }
        em.remove(view);
    }

    private static View view(SavedView v) {
        return new View(v.id(), v.page(), v.name(), v.query(), v.createdAt());
    }
}
