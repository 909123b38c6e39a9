package io.quorum.testing;

import io.quorum.auth.Account;
import io.quorum.auth.Email;
import io.quorum.auth.SecretKey;
import io.quorum.auth.UserId;
import io.quorum.project.ProjectDraft;
import java.util.List;

/** Shared test data: the spec's demo credentials, a second customer, and valid project drafts. */
public final class Fixtures {

    /** The spec's example user id and secret key. */
    public static final UserId OWNER = new UserId("U_10BF4B46DD4811EA93476C96CFDDE73D");
    public static final SecretKey OWNER_SECRET = new SecretKey("test_78pbttim3mykypuoswidgzor6fv1u2rj");

    public static final UserId OTHER_OWNER = new UserId("U_0123456789ABCDEF0123456789ABCDEF");
    public static final SecretKey OTHER_SECRET = new SecretKey("test_0therc0ust0mersecretkey00000");

    private Fixtures() {
    }

    public static Account ownerAccount() {
        return new Account(OWNER, OWNER_SECRET, new Email("owner@example.com"), MutableClock.SPEC_EXAMPLE_TIME);
    }

    public static Account otherAccount() {
        return new Account(OTHER_OWNER, OTHER_SECRET, new Email("other@example.com"), MutableClock.SPEC_EXAMPLE_TIME);
    }

    /** The spec's create-project example: an image classification, cat or dog. */
    public static ProjectDraft classification(String name) {
        return new ProjectDraft(name, "image_classification", "single_choice", "demo for test",
                "Is the creature in the picture a cat or a dog", null, List.of("cat", "dog", "unknown"));
    }

    /** A valid frame-selection project: draw rectangles around cars. */
    public static ProjectDraft frame(String name) {
        return new ProjectDraft(name, "image_rectangle_frame_select", "rectangle_frame_select", "box every car",
                null, "car", null);
    }

    /** A draft that changes nothing: every field absent. */
    public static ProjectDraft noChanges() {
        return new ProjectDraft(null, null, null, null, null, null, null);
    }
}
