package main

import (
	"fmt"
	"strings"
	"net/http"
	"io"
)

func main() {

	url := "https://api.bookshelf.example/v1/books"

	payload := strings.NewReader("{\n  \"title\": \"The Adventure of the Dancing Men\",\n  \"authorId\": \"au_004\",\n  \"genre\": \"mystery\",\n  \"tags\": [\n    \"detective\",\n    \"short-story\"\n  ],\n  \"publishedYear\": 1903,\n  \"price\": {\n    \"amount\": 12.5,\n    \"currency\": \"GBP\"\n  },\n  \"format\": {\n    \"type\": \"print\",\n    \"binding\": \"hardcover\",\n    \"pages\": 48\n  },\n  \"publisher\": {\n    \"name\": \"Harbor Lane Press\",\n    \"address\": {\n      \"street\": \"221 Baker Street\",\n      \"city\": \"London\",\n      \"postalCode\": \"NW1 6XE\",\n      \"country\": \"GB\"\n    }\n  }\n}")

	req, _ := http.NewRequest("POST", url, payload)

	req.Header.Add("Accept", "application/json")
	req.Header.Add("Content-Type", "application/json")
	req.Header.Add("Authorization", "Bearer YOUR_TOKEN")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(string(body))

}
