package io.quorum.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quorum.workflow.TaskType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitPricesTest {

    @Test
    void defaultsAreTheDocumentedCents() {
        UnitPrices prices = UnitPrices.configured(Optional.empty());
        assertEquals(2, prices.centsPerTask(TaskType.SINGLE_CHOICE));
        assertEquals(3, prices.centsPerTask(TaskType.MULTIPLE_CHOICE));
        assertEquals(8, prices.centsPerTask(TaskType.RECTANGLE_FRAME_SELECT));
        assertEquals(5, prices.centsPerTask(TaskType.FREE_POINT));
        assertEquals(8, prices.centsPerTask(TaskType.STROKE));
        assertEquals(12, prices.centsPerTask(TaskType.CUBE_CIRCLE));
    }

    @Test
    void configuredPricesOverrideTheDefaultsTheyName() {
        UnitPrices prices = UnitPrices.configured(Optional.of(" single_choice = 7 ,stroke=0"));
        assertEquals(7, prices.centsPerTask(TaskType.SINGLE_CHOICE));
        assertEquals(0, prices.centsPerTask(TaskType.STROKE));
        assertEquals(12, prices.centsPerTask(TaskType.CUBE_CIRCLE));
    }

    @Test
    void malformedPricesFailAtStart() {
        assertThrows(IllegalArgumentException.class, () -> UnitPrices.parse("single_choice=1.5"));
        assertThrows(IllegalArgumentException.class, () -> UnitPrices.parse("polygon=3"));
        assertThrows(IllegalArgumentException.class, () -> UnitPrices.parse("single_choice"));
    }
}
