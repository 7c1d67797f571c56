package app.herold;
public class Herold { public static void main(String[] a) { System.out.println("hi"); } }
