package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every conversion of {@link Units}, found by reflection so that a new one is covered too, against
 * non-finite input and input whose converted value overflows (issue 13 §2).
 */
class UnitsBadInputTest {

    private static List<Method> conversions() {
        List<Method> m = new ArrayList<>();
        for (Method method : Units.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() == double.class && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == double.class) {
                m.add(method);
            }
        }
        return m;
    }

    private static Throwable call(Method m, double value) {
        try {
            double r = (double) m.invoke(null, value);
            assertThat(Double.isFinite(r)).as("%s(%s) = %s", m.getName(), value, r).isTrue();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nonFiniteInputIsRefusedNamingTheConversionAndTheValue() {
        assertThat(conversions()).hasSizeGreaterThan(50);
        for (Method m : conversions()) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                Throwable t = call(m, bad);
                assertThat(t).as("%s(%s)", m.getName(), bad).isInstanceOf(IllegalArgumentException.class);
                assertThat(t.getMessage()).as(m.getName()).contains("Units." + m.getName()).contains("value")
                        .contains(String.valueOf(bad));
            }
        }
    }

    @Test
    void finiteInputGivesAFiniteResultOrAnOverflowError() {
        // toNm(1e300) was 1e309 = Infinity before; every conversion by a factor > 1 overflowed silently
        assertThatThrownBy(() -> Units.toNm(1e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows").hasMessageContaining("1.0E300 m")
                .hasMessageContaining("|value| must be <= 1.798e+299 m");
        for (Method m : conversions()) {
            for (double v : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 1e300, -1e300, 1e-300, -0.0, 0.0,
                    Double.MIN_VALUE}) {
                Throwable t = call(m, v);
                if (t != null) {
                    assertThat(t).as("%s(%s)", m.getName(), v).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("overflows");
                }
            }
        }
    }
}
