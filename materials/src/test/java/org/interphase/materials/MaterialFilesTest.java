package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialFilesTest {

    private static final String HEADER =
            "kind,id,name,formula,family,roles,aliases,property,value,unit,uncertainty,low,high,authors,year,journal,doi,note\n";

    private static final String GOOD = "# my coatings\n" + HEADER
            + "material,my-LNO,\"sputtered LiNbO3, 5 nm\",LiNbO3,oxide,COATING,a-LNO;my lno,,,,,,,,,,,amorphous film\n"
            + "value,my-LNO,,,,,,IONIC_CONDUCTIVITY,3.0e-6,S/cm,0.5e-6,,,\"Doe, Roe\",2024,\"J. Example 1, 1\",,\"EIS, 25 °C\"\n"
            + "value,my-lno,,,,,,relative_permittivity,40,1,,30,50,\"Doe, Roe\",2024,\"J. Example 1, 1\",10.1000/xyz,\n"
            + "\n"
            + "material,LLZO,my garnet,Li7La3Zr2O12,OXIDE,SOLID_ELECTROLYTE,,,,,,,,,,,,\n"
            + "value,LLZO,,,,,,IONIC_CONDUCTIVITY,0.8,mS/cm,,,,Me,2025,Lab notebook 3,,\n";

    @Test
    void readsAUserFileInUserUnits() {
        MaterialCatalog c = MaterialFiles.parse(GOOD, "mine.csv");
        Material lno = c.get("a-lno");
        assertThat(lno.id()).isEqualTo("my-LNO");
        assertThat(lno.name()).isEqualTo("sputtered LiNbO3, 5 nm");
        assertThat(lno.roles()).containsExactly(Role.COATING);
        assertThat(lno.aliases()).containsExactly("a-LNO", "my lno");
        assertThat(lno.require(Property.IONIC_CONDUCTIVITY)).isCloseTo(3.0e-4, within(1e-18));       // S/m
        assertThat(lno.property(Property.IONIC_CONDUCTIVITY).get().uncertainty().getAsDouble()).isCloseTo(0.5e-4, within(1e-18));
        assertThat(lno.property(Property.IONIC_CONDUCTIVITY).get().note()).isEqualTo("EIS, 25 °C");
        assertThat(lno.property(Property.RELATIVE_PERMITTIVITY).get().range().get().high()).isEqualTo(50);
        assertThat(lno.property(Property.RELATIVE_PERMITTIVITY).get().source().doi()).contains("10.1000/xyz");
        assertThat(c.get("LLZO").require(Property.IONIC_CONDUCTIVITY)).isCloseTo(Units.mScm(0.8), within(1e-15));
    }

    @Test
    void mergingUserEntriesReturnsANewCatalogAndLeavesTheBuiltInOneUnchanged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, GOOD);
        List<Material> before = Materials.all();
        MaterialCatalog merged = Materials.withUserFile(f);
        assertThat(merged.get("LLZO").require(Property.IONIC_CONDUCTIVITY)).isCloseTo(Units.mScm(0.8), within(1e-15));
        assertThat(merged.get("LLZO").has(Property.YOUNGS_MODULUS)).isFalse(); // a file defines whole materials
        assertThat(merged.get("LNO")).isSameAs(Materials.LINBO3);               // untouched built-ins stay
        assertThat(merged.get("my-LNO").family()).isEqualTo(Family.OXIDE);
        assertThat(merged.size()).isEqualTo(Materials.catalog().size() + 1);
        assertThat(Materials.all()).isEqualTo(before);
        assertThat(Materials.get("LLZO")).isSameAs(Materials.LLZO);
        assertThat(Materials.LLZO.require(Property.IONIC_CONDUCTIVITY)).isCloseTo(Units.mScm(0.46), within(1e-15));
    }

    @Test
    void roundTripOfTheWholeBuiltInCatalog(@TempDir Path dir) {
        Path f = dir.resolve("all.csv");
        List<Material> withoutOcv = Materials.all().stream()
                .map(m -> m.toBuilder().openCircuitVoltage(null).build()).toList();
        MaterialFiles.write(withoutOcv, f);
        MaterialCatalog back = MaterialFiles.read(f);
        assertThat(back.all()).containsExactlyElementsOf(withoutOcv);
    }

    @Test
    void roundTripKeepsQuotesCommasUncertaintiesAndRanges() {
        Source s = Source.of("O'Neil, \"Jr\", Smith", 2021, "J. A, B 3, 4", "10.1234/q");
        Material m = Material.builder("q-1").name("a \"quoted\", name").formula("X2Y").family(Family.HALIDE)
                .roles(Role.INTERPHASE, Role.COATING).aliases("q one", "q,1")
                .property(PropertyValue.of(Property.DENSITY, 2345.678, s).withUncertainty(12.5).withNote("note, with \"q\""))
                .property(PropertyValue.of(Property.VOLUME_CHANGE, -0.03, s).withRange(-0.05, -0.01))
                .note(" padded ").build();
        MaterialCatalog back = MaterialFiles.parse(MaterialFiles.toCsv(List.of(m)), "x.csv");
        assertThat(back.get("q-1")).isEqualTo(m);
    }

    @Test
    void ocvTablesAreReadInterpolatedAndWrittenBack() {
        String text = HEADER.replace(",note\n", ",note,x\n")
                + "material,my-cathode,,LiMO2,OXIDE,CATHODE,,,,,,,,,,,,,\n"
                + "ocv,my-cathode,,,,,,,4.25,V,,,,\"Doe, Roe\",2024,\"J. Example 1, 1\",,GITT at 25 °C,0.5\n"
                + "ocv,my-cathode,,,,,,,3950,mV,,,,\"Doe, Roe\",2024,\"J. Example 1, 1\",,,0.75\n"
                + "ocv,my-cathode,,,,,,,3.70,V,,,,\"Doe, Roe\",2024,\"J. Example 1, 1\",,,1.0\n";
        Material m = MaterialFiles.parse(text, "ocv.csv").get("my-cathode");
        OcvCurve c = m.openCircuitVoltage().orElseThrow();
        assertThat(c.isTable()).isTrue();
        assertThat(c.voltage(0.625)).isCloseTo(4.10, within(1e-12));
        assertThat(c.voltageAtStateOfCharge(0)).isEqualTo(3.70);
        assertThat(c.note()).isEqualTo("GITT at 25 °C");
        assertThat(c.source().authors()).isEqualTo("Doe, Roe");
        MaterialCatalog back = MaterialFiles.parse(MaterialFiles.toCsv(List.of(m)), "again.csv");
        assertThat(back.get("my-cathode")).isEqualTo(m);
        // fit functions are not written; a comment says so
        assertThat(MaterialFiles.toCsv(List.of(Materials.LICOO2))).contains("# LiCoO2: OCV fit function not written")
                .doesNotContain("\nocv,");
    }

    @Test
    void malformedOcvRowsAreReported() {
        String head = HEADER.replace(",note\n", ",note,x\n") + "material,c,,,OXIDE,CATHODE,,,,,,,,,,,,,\n";
        assertThat(malformed(head + "ocv,c,,,,,,,4.2,V,,,,Me,2020,J,,,0.6\nocv,c,,,,,,,4.1,V,,,,Me,2020,J,,,0.5\n")
                .getMessage()).contains("bad.csv:4: field 'x': OCV stoichiometries must increase from row to row");
        assertThat(malformed(head + "ocv,c,,,,,,,4.2,volt,,,,Me,2020,J,,,0.6\n").getMessage())
                .contains("bad.csv:3: field 'unit': unknown unit 'volt' for an OCV point");
        assertThat(malformed(head + "ocv,c,,,,,,,4.2,V,,,,Me,2020,J,,,0.6\n").getMessage())
                .contains("bad.csv:3: field 'x': an OCV table needs at least 2 points, had 1");
        assertThat(malformed(head + "ocv,c,,,,,,,4.2,V,,,,Me,2020,J,,,0.6\nocv,c,,,,,,,4.1,V,,,,You,2020,J,,,0.7\n")
                .getMessage()).contains("bad.csv:4: field 'authors': every OCV point of 'c' must have the source of its"
                + " first point (line 3)");
        assertThat(malformed(head + "ocv,d,,,,,,,4.2,V,,,,Me,2020,J,,,0.6\n").getMessage())
                .contains("bad.csv:3: field 'id': OCV point for unknown material 'd'");
    }

    private static MaterialFileException malformed(String text) {
        MaterialCatalog before = Materials.catalog();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> MaterialFiles.parse(text, "bad.csv"));
        assertThat(t).isInstanceOf(MaterialFileException.class);
        assertThat(Materials.catalog()).isSameAs(before).isEqualTo(before);
        return (MaterialFileException) t;
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() {
        String text = "# comment\n" + HEADER.replace(",unit,", ",") + "material,a,,,OXIDE,,,,,,,,,,,,\n";
        MaterialFileException e = malformed(text);
        assertThat(e.getMessage()).contains("bad.csv:2: field 'unit': missing column");
        assertThat(e.problems()).extracting(MaterialFileException.Problem::line).contains(2);
    }

    @Test
    void badNumberIsReportedWithLineAndField() {
        String text = HEADER + "material,a,,,OXIDE,,,,,,,,,,,,,\n"
                + "value,a,,,,,,DENSITY,2.3x,g/cm3,,,,Me,2020,J,,\n";
        assertThat(malformed(text).getMessage()).isEqualTo("malformed materials file: bad.csv:3: field 'value': not a"
                + " number: '2.3x'");
    }

    @Test
    void unknownUnitIsReportedWithTheUnitsThatWouldDo() {
        String text = HEADER + "material,a,,,OXIDE,,,,,,,,,,,,,\n"
                + "value,a,,,,,,IONIC_CONDUCTIVITY,1e-3,S/inch,,,,Me,2020,J,,\n";
        assertThat(malformed(text).getMessage()).contains("bad.csv:3: field 'unit': unknown unit 'S/inch' for"
                + " IONIC_CONDUCTIVITY; accepted: S/m, S/cm, mS/cm");
    }

    @Test
    void duplicateIdIsReportedOnItsSecondLine() {
        String text = HEADER + "material,a,,,OXIDE,,,,,,,,,,,,,\n" + "material,A,,,OXIDE,,,,,,,,,,,,,\n";
        assertThat(malformed(text).getMessage()).contains("bad.csv:3: field 'id': duplicate id 'A' (first defined on line 2)");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        String text = HEADER + "material,a,,,OXYDE,CATODE,,,,,,,,,,,,\n"
                + "value,a,,,,,,POISSON_RATIO,0.7,1,,,,Me,2020,J,,\n"
                + "value,b,,,,,,DENSITY,1,g/cm3,,,,Me,2020,J,,\n"
                + "value,a,,,,,,DENSITY,1,g/cm3,,,,,,,,\n"
                + "value,a,,,,,,MOLAR_VOLUME,1,cm3/mol,,,,Me,20x0,J,,\n"
                + "value,a,,,,,,DENSITY,1,g/cm3,,,\n"
                + "value,a,,,,,,\"DENSITY,1,g/cm3,,,,Me,2020,J,,\n";
        MaterialFileException e = malformed(text);
        String m = e.getMessage();
        assertThat(m).contains("bad.csv:2: field 'family': unknown family 'OXYDE'");
        assertThat(m).contains("bad.csv:2: field 'roles': unknown role 'CATODE'");
        assertThat(m).contains("bad.csv:3: field 'value': value of POISSON_RATIO must be in (0.0, 0.5)");
        assertThat(m).contains("bad.csv:4: field 'id': value for unknown material 'b'");
        assertThat(m).contains("bad.csv:5: field 'authors': every value needs a source");
        assertThat(m).contains("bad.csv:6: field 'year': not a year: '20x0'");
        assertThat(m).contains("bad.csv:7: expected 18 fields as in the header (line 1), found 13");
        assertThat(m).contains("bad.csv:8: unterminated quoted field");
        assertThat(e.problems().stream().map(MaterialFileException.Problem::line).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void duplicatePropertyAndEmptyFileAreErrors() {
        String dup = HEADER + "material,a,,,OXIDE,,,,,,,,,,,,,\n"
                + "value,a,,,,,,DENSITY,1,g/cm3,,,,Me,2020,J,,\n" + "value,a,,,,,,density,2,g/cm3,,,,Me,2020,J,,\n";
        assertThat(malformed(dup).getMessage()).contains("bad.csv:4: field 'property': DENSITY of 'a' given twice"
                + " (first on line 3)");
        assertThat(malformed("# nothing\n").getMessage()).contains("bad.csv:1: no header line");
    }

    @Test
    void aBadFileLeavesAMergedCatalogAlone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, HEADER + "material,LLZO,,,OXIDE,,,,,,,,,,,,,\nvalue,LLZO,,,,,,IONIC_CONDUCTIVITY,-1,S/cm,,,,Me,2020,J,,\n");
        MaterialCatalog before = Materials.catalog();
        assertThatThrownBy(() -> before.withUserFile(f)).isInstanceOf(MaterialFileException.class)
                .hasMessageContaining(f + ":3: field 'value': value of IONIC_CONDUCTIVITY must be in (0.0, ∞) S/m");
        assertThat(before.get("LLZO")).isSameAs(Materials.LLZO);
    }

    @Test
    void aUserIdThatIsAnotherBuiltInsAliasIsReportedAgainstItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("alias.csv");
        Files.writeString(f, "# an id that is LiCoO2's alias\n" + HEADER
                + "material,LCO,my cathode,LiCoO2,oxide,CATHODE,,,,,,,,,,,,\n"
                + "value,LCO,,,,,,IONIC_CONDUCTIVITY,1e-4,S/cm,,,,Me,2025,Lab notebook 3,,\n");
        assertThatThrownBy(() -> Materials.withUserFile(f)).isInstanceOf(MaterialFileException.class)
                .hasMessageContaining("alias.csv:3").hasMessageContaining("'LCO'").hasMessageContaining("LiCoO2");
    }
}
