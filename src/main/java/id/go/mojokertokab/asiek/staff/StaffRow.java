package id.go.mojokertokab.asiek.staff;

import java.util.List;

/** One staff member of the CSV file: its line, user id, name, mail address and the groups (lanes) they work in. */
record StaffRow(int line, String userId, String name, String email, List<String> groups) {

  String firstName() {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  String lastName() {
    int space = name.lastIndexOf(' ');
    return space < 0 ? "" : name.substring(space + 1);
  }
}
